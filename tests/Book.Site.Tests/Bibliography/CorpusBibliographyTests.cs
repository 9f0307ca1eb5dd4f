using Book.Site.Tests.Support;
using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using Book.Site.Markdown.Extensions.Citations;
using Book.Site.Markdown.Extensions.CrossReferences;
using Markdig;
using Markdig.Syntax;
using Xunit.Abstractions;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Tests.Bibliography;

/// <summary>The real book: every .bib of <c>../shared/corpus/mlsysbook</c> and every citation of its chapters.</summary>
public sealed class CorpusBibliographyTests(ITestOutputHelper output)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseCrossReferences()
        .UsePandocCitations()
        .UsePreciseSourceLocation()
        .Build();

    [SharedFact]
    public void Every_corpus_bib_file_parses_without_errors()
    {
        var files = Directory.GetFiles(RepoPaths.Corpus, "*.bib", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var bag = new DiagnosticBag();
        var total = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var file in files)
        {
            ReadBibTeX.FromFile(file, new DiagnosticBag());
        }

        output.WriteLine($"read {files.Count} .bib files ({files.Sum(f => new FileInfo(f).Length) / 1024} KiB) in {clock.Elapsed.TotalMilliseconds:F1} ms (first, cold run)");
        foreach (var file in files)
        {
            var database = ReadBibTeX.FromFile(file, bag, Path.GetRelativePath(RepoPaths.Corpus, file));
            total += database.Count;
            if (database.Count > 0)
            {
                output.WriteLine($"{database.Count,5} entries  {Path.GetRelativePath(RepoPaths.Corpus, file)}");
            }

            foreach (var entry in database.Entries)
            {
                // Every entry yields a citation label and a formatted reference without throwing.
                Assert.NotEmpty(AuthorDateStyle.CitationAuthors(entry));
                Assert.NotEmpty(FormatReference.Html(entry, database));
            }
        }

        output.WriteLine($"{total} entries in {files.Count} .bib files; {bag.ErrorCount} errors, {bag.WarningCount} warnings");
        Assert.True(bag.Items.Count == 0, string.Join('\n', bag.Items));
        Assert.True(total > 400, $"only {total} entries read");
    }

    [SharedFact]
    public void Every_citation_of_the_corpus_chapters_resolves_against_its_chapter_bibliography() =>
        ResolveEveryChapter(Pipeline, "a minimal pipeline (front matter, tables, footnotes, cross-references, citations)");

    [SharedFact]
    public void Every_citation_resolves_with_the_book_pipeline_too() =>
        ResolveEveryChapter(Book.Site.Pipeline.CreateMarkdownPipeline.Run(), "the book's pipeline (every Quarto extension)");

    private void ResolveEveryChapter(MarkdownPipeline pipeline, string pipelineName)
    {
        output.WriteLine($"Parsed with {pipelineName}:");
        var chapters = Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "book"), "*.qmd", SearchOption.AllDirectories)
            .Where(f => BibliographyOf(f) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(chapters);
        var bag = new DiagnosticBag();
        int citations = 0, distinct = 0;
        foreach (var chapter in chapters)
        {
            var bibFile = Path.Combine(Path.GetDirectoryName(chapter)!, BibliographyOf(chapter)!);
            var database = ReadBibTeX.FromFile(bibFile, bag, Path.GetFileName(bibFile));
            var document = MarkdigMarkdown.Parse(File.ReadAllText(chapter), pipeline);
            var shown = Path.GetRelativePath(RepoPaths.Corpus, chapter);
            var keys = ResolveCitations.Run(document, database, shown, bag);
            var count = document.Descendants<CitationInline>().Sum(c => c.Items.Count);
            citations += count;
            distinct += keys.Count;
            output.WriteLine($"{count,5} citations of {keys.Count,4} works  {shown}");
            Assert.NotEmpty(RenderReferences.Section(keys, database));
            var html = document.ToHtml(pipeline);
            // Citations in alt text are written as plain text, without a link; footnotes shown as
            // margin notes may render a citation twice. So: no unresolved one, and most linked.
            var links = html.Split("role=\"doc-biblioref\"").Length - 1;
            Assert.DoesNotContain("citation-unresolved", html);
            Assert.True(links >= count / 2, $"{shown}: {links} citation links rendered for {count} citations");
        }

        output.WriteLine($"{citations} citations of {distinct} works (per chapter) in {chapters.Count} chapters; {bag.ErrorCount} unresolved");
        Assert.True(bag.Items.Count == 0, string.Join('\n', bag.Items));
        Assert.True(citations > 300, $"only {citations} citations found");
    }

    /// <summary>The <c>bibliography:</c> value of a chapter's front matter, or null.</summary>
    private static string? BibliographyOf(string chapter)
    {
        using var reader = new StreamReader(chapter);
        if (reader.ReadLine() != "---")
        {
            return null;
        }

        for (var line = reader.ReadLine(); line is not null && line != "---"; line = reader.ReadLine())
        {
            if (line.StartsWith("bibliography:", StringComparison.Ordinal))
            {
                return line["bibliography:".Length..].Trim();
            }
        }

        return null;
    }
}
