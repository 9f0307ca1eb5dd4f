using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Markdig;
using Markdig.Syntax;

namespace Book.Site.Exercises;

/// <summary>
/// Reads the site's exercises: every <c>exercises/*/exercise.yml</c> beside site.yml (the
/// convention; site.yml has no key for it), through Book.Core's loader so the site and the grader
/// agree on the format. Problems are diagnostics at the manifest's line; a broken exercise is left
/// out of the site, the rest of the build goes on.
/// </summary>
public static class LoadExercises
{
    public const string FolderName = "exercises";

    // Only to find the first paragraph: front matter must not be taken for text.
    private static readonly MarkdownPipeline SummaryPipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static ExerciseCatalog Run(SiteConfig config, DiagnosticBag diagnostics) =>
        Run(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config.ConfigPath))!, FolderName), diagnostics);

    public static ExerciseCatalog Run(string exercisesFolder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(exercisesFolder))
        {
            return ExerciseCatalog.Empty;
        }

        var exercises = new List<SiteExercise>();
        foreach (var dir in Directory.GetDirectories(exercisesFolder).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(dir);
            var manifestPath = Path.Combine(dir, ExerciseLayout.Manifest);
            if (!File.Exists(manifestPath))
            {
                continue; // not an exercise (e.g. shared assets); the grader's validator reports real gaps
            }

            var display = $"{FolderName}/{folder}/{ExerciseLayout.Manifest}";
            var manifest = ExerciseManifestLoader.Load(manifestPath, diagnostics, display);
            if (manifest is null)
            {
                continue;
            }

            if (exercises.FirstOrDefault(e => e.Id == manifest.Id) is { } twin)
            {
                diagnostics.Error(ExerciseCodes.DuplicateId, display, 1, 1,
                    $"exercise id '{manifest.Id}' is already used by {FolderName}/{twin.Folder}; ids name the pages, make them unique");
                continue;
            }

            var statementPath = Path.Combine(dir, ExerciseLayout.Statement);
            string? statement = null;
            if (File.Exists(statementPath))
            {
                statement = File.ReadAllText(statementPath).Replace("\r\n", "\n", StringComparison.Ordinal);
            }
            else
            {
                diagnostics.Warning(ExerciseCodes.MissingStatement, $"{FolderName}/{folder}/{ExerciseLayout.Statement}", 0, 0,
                    "the exercise has no README.md; its page shows only the signature, limits and scoring. Write the statement there");
            }

            exercises.Add(new SiteExercise(folder, dir, manifest, statement, statement is null ? "" : Summary(statement)));
        }

        return new ExerciseCatalog(exercises);
    }

    /// <summary>The first paragraph of a statement as one line of plain text (math delimiters dropped).</summary>
    public static string Summary(string statement)
    {
        var document = Markdig.Markdown.Parse(statement, SummaryPipeline);
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph is null)
        {
            return "";
        }

        var source = statement.Substring(paragraph.Span.Start, paragraph.Span.Length);
        var text = Markdig.Markdown.ToPlainText(source, SummaryPipeline).Replace("$", "", StringComparison.Ordinal).Replace("\\,", " ", StringComparison.Ordinal);
        return string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
