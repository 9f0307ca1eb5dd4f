using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Site.Exercises;
using Book.Site.Layout;
using Book.Site.Loading;
using Book.Site.Markdown;
using Book.Site.Markdown.Extensions.Shortcodes;
using Book.Site.Numbering;
using Book.Site.Rendering;
using Book.Site.Resolving;
using Book.Site.Search;
using Book.Site.Splitting;
using Book.Site.Writing;

namespace Book.Site.Pipeline;

/// <summary>
/// The build, stage after stage (DESIGN.md): read site.yml → LoadBook → NumberAndLabel → SplitChapters →
/// ResolveReferences → RenderPages → RenderBackMatter → LayOutPages (theme) → search documents → WriteSite
/// (the pages staged while the search index is built, then the index, then the swap).
/// </summary>
public static class BuildSite
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var config = ReadSiteConfig.Read(options.ConfigPath, diagnostics);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ConfigPath))!, "_site"));
        if (config is null)
        {
            return new BuildResult(null, new SiteOutput(), [], diagnostics, outputDirectory, Written: false);
        }

        // The theme's templates are parsed on another thread while the chapters load: a cold process spends
        // a third of a second compiling the Liquid parser, time the chapter parsing leaves on the table.
        var layout = Task.Run(() => new ApplyLayout(new ThemeFiles(config.ThemeFolder), diagnostics));

        // EXERCISE-PAGES hook: the exercises beside site.yml, and their card shortcode in the pipeline.
        var exercises = Stage(options, "Reading exercises", () => LoadExercises.Run(config, diagnostics));
        var pipeline = Stage(options, "Parsing chapters", () => CreateMarkdownPipeline.Run(
            new MarkdownPipelineOptions { Shortcodes = ShortcodeRegistry.CreateDefault().Register(new ExerciseShortcode(exercises)) }));
        var book = LoadBook.Run(config, pipeline, diagnostics);
        Stage(options, "Numbering", () => NumberAndLabel.Run(book, diagnostics));
        Stage(options, "Splitting chapters", () => SplitChapters.Run(book));
        Stage(options, "Resolving references", () => ResolveReferences.Run(book, pipeline, diagnostics));
        var files = Stage(options, "Rendering pages", () => RenderPages.Run(book, pipeline, diagnostics));
        var generated = RenderBackMatter.Run(book, pipeline)
            .Concat(RenderExercisePages.Run(book, exercises, pipeline, diagnostics)).ToList(); // EXERCISE-PAGES hook: exercise pages
        // The search index needs only the rendered sections, not the laid-out pages: it is built on another
        // thread while the theme is applied, the build's two longest stages side by side.
        var search = CollectSearchDocuments.Run(book, generated);
        var searchOutput = new SiteOutput();
        var indexing = options.DeferSearchIndex ? Task.CompletedTask
            : Task.Run(() => WriteSearchIndex.AddTo(searchOutput, search, Search.SearchOptions.From(config.Search), diagnostics));
        var output = Stage(options, "Applying the theme", () => LayOutPages.Run(book, generated, files, options.LiveReload, diagnostics, layout.GetAwaiter().GetResult()));
        AddExerciseDownloads.Run(exercises, output); // EXERCISE-PAGES hook: the starter zips

        // The pages are written while the search index is still being built (the index is the longer of
        // the two); if the build fails after all, the staged folder is dropped and the old site stays.
        var staged = !options.DryRun && Succeeding(options, diagnostics)
            ? Stage(options, "Writing the pages", () => WritePages(output, outputDirectory, diagnostics))
            : null;
        var written = false;
        try
        {
            Stage(options, "Indexing for search", () => indexing.GetAwaiter().GetResult());
            foreach (var (path, content) in searchOutput.Files)
            {
                output.Add(path, content);
            }

            written = Succeeding(options, diagnostics) && staged is not null
                && Stage(options, "Writing the search index", () => staged.Write(searchOutput) && staged.Commit());
        }
        finally
        {
            if (!written)
            {
                staged?.Abandon();
            }
        }

        return new BuildResult(book, output, search, diagnostics, outputDirectory, written);
    }

    private static bool Succeeding(BuildOptions options, DiagnosticBag diagnostics) =>
        !diagnostics.HasErrors && !(options.WarningsAsErrors && diagnostics.WarningCount > 0);

    private static StagedSite? WritePages(SiteOutput pages, string outputDirectory, DiagnosticBag diagnostics)
    {
        var staged = StagedSite.Begin(outputDirectory, diagnostics);
        return staged is not null && staged.Write(pages) ? staged : null;
    }

    private static T Stage<T>(BuildOptions options, string name, Func<T> stage)
    {
        options.Progress?.Invoke(name);
        return stage();
    }

    private static void Stage(BuildOptions options, string name, Action stage)
    {
        options.Progress?.Invoke(name);
        stage();
    }
}
