using Book.Site.Tests.Support;
using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using Book.Site.Markdown.Extensions.Citations;
using Book.Site.Markdown.Extensions.CrossReferences;
using Markdig;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Tests.Bibliography;

/// <summary>Runs <c>Specs/citations.md</c> against <c>Specs/citations.bib</c>.</summary>
public sealed class CitationSpecTests
{
    private static readonly string SpecPath = RepoPaths.InTests("Bibliography", "Specs", "citations.md");

    // The cross-reference extension is in the pipeline too: both parsers open on '@' and '['.
    internal static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseCrossReferences()
        .UsePandocCitations()
        .UsePreciseSourceLocation()
        .Build();

    internal static BibDatabase SpecBibliography { get; } =
        ReadBibTeX.FromFile(RepoPaths.InTests("Bibliography", "Specs", "citations.bib"), new DiagnosticBag(), "citations.bib");

    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        foreach (var example in SpecFile.Read(SpecPath))
        {
            data.Add(example.Number);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(int number)
    {
        var example = SpecFile.Read(SpecPath)[number - 1];
        var actual = Render(example.Markdown, out _);
        Assert.True(example.Html == actual,
            $"citations.md example {number} (line {example.Line}):\n--- markdown\n{example.Markdown}--- expected\n{example.Html}--- actual\n{actual}");
    }

    [Fact]
    public void Spec_bibliography_parses_cleanly_and_has_examples()
    {
        var bag = new DiagnosticBag();
        var database = ReadBibTeX.FromFile(RepoPaths.InTests("Bibliography", "Specs", "citations.bib"), bag, "citations.bib");
        Assert.Empty(bag.Items);
        Assert.Equal(9, database.Count);
        Assert.True(SpecFile.Read(SpecPath).Count >= 15);
    }

    internal static string Render(string markdown, out DiagnosticBag diagnostics, string referencesPage = "")
    {
        diagnostics = new DiagnosticBag();
        var document = MarkdigMarkdown.Parse(markdown, Pipeline);
        ResolveCitations.Run(document, SpecBibliography, "chapter.md", diagnostics, referencesPage);
        return document.ToHtml(Pipeline);
    }
}
