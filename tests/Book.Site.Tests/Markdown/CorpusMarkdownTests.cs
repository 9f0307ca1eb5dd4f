using System.Text.RegularExpressions;
using Book.Site.Markdown;
using Book.Site.Tests.Support;
using Markdig;
using Markdig.Syntax;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Tests.Markdown;

/// <summary>
/// THE pipeline over the MLSysBook chapters (../shared): no errors, the only warnings are TikZ diagrams
/// (which need LaTeX), every id on a page is unique, and parallel parsing gives the same HTML as serial.
/// </summary>
public sealed partial class CorpusMarkdownTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static string[] Chapters() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "book", "quarto", "contents", "core"), "*.qmd", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    [SharedFact]
    public void Corpus_chapters_parse_with_only_tikz_warnings_and_unique_ids()
    {
        var chapters = Chapters();
        Assert.Equal(8, chapters.Length);
        foreach (var file in chapters)
        {
            var document = MarkdigMarkdown.Parse(File.ReadAllText(file), Pipeline);
            var html = document.ToHtml(Pipeline);
            var diagnostics = MarkdownDiagnostics.For(document, Path.GetFileName(file));
            var unexpected = diagnostics.Where(d => d.Code != MarkdownCodes.TikzNotRendered).Select(d => d.ToString()).ToList();
            Assert.True(unexpected.Count == 0, string.Join('\n', unexpected));
            var duplicates = IdAttribute().Matches(html).GroupBy(m => m.Groups[1].Value).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{Path.GetFileName(file)}: duplicate ids {string.Join(", ", duplicates)}");
        }
    }

    [SharedFact]
    public void Corpus_tikz_and_figures_are_counted()
    {
        var tikz = 0;
        var figures = 0;
        foreach (var file in Chapters())
        {
            var document = MarkdigMarkdown.Parse(File.ReadAllText(file), Pipeline);
            tikz += MarkdownDiagnostics.For(document, file).Count(d => d.Code == MarkdownCodes.TikzNotRendered);
            figures += document.Descendants<Book.Site.Markdown.Extensions.Figures.DivFigureBlock>().Count();
        }

        // 96 TikZ blocks and 94 div figures in the corpus copy (grep '```{.tikz}' and '::: {#fig-').
        Assert.Equal(96, tikz);
        Assert.True(figures >= 94, $"{figures} div figures");
    }

    [SharedFact]
    public void Parallel_parsing_renders_like_serial_parsing()
    {
        var texts = Chapters().Select(File.ReadAllText).ToArray();
        var serial = texts.Select(t => MarkdigMarkdown.Parse(t, Pipeline).ToHtml(Pipeline)).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length * 3, i => parallel[i % texts.Length] = MarkdigMarkdown.Parse(texts[i % texts.Length], Pipeline).ToHtml(Pipeline));
        Assert.Equal(serial, parallel);
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
