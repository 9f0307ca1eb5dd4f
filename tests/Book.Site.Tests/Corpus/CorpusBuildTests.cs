using System.Text;
using Book.Core.Diagnostics;
using Book.Site.Tests.Support;
using Xunit.Abstractions;

namespace Book.Site.Tests.Corpus;

/// <summary>
/// Builds the real MLSysBook chapters (8 chapters, 2.3 M characters) end to end: no errors, every
/// cross-reference and citation resolved, warnings only for what the corpus copy cannot have, and
/// every page passes the HTML check.
/// </summary>
public sealed class CorpusBuildTests(CorpusBuildFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusBuildFixture>
{
    /// <summary>Warnings allowed on the corpus: missing images, TikZ not rendered, unknown shortcodes,
    /// links to chapters absent from the copy.</summary>
    // BK704: two quizzes of the corpus's benchmarking_quizzes.json name sections the chapter does not have (genuine).
    private static readonly HashSet<string> Expected = ["BK013", "BK015", "BK210", "BK220", "BK704"];

    [SharedFact]
    public void Corpus_builds_without_errors_and_resolves_every_reference()
    {
        var result = fixture.Result;
        var book = result.Book!;
        var counts = book.Counts;
        output.WriteLine($"chapters {book.Chapters.Count}, labels {book.Labels.Count}, sections {book.Chapters.Sum(c => c.Sections.Count)}");
        output.WriteLine($"cross-references {counts.CrossReferences} resolved ({counts.ExternalReferences} to chapters outside the copy), {counts.UnresolvedReferences} unresolved");
        output.WriteLine($"citations {counts.Citations} resolved, {counts.UnresolvedCitations} unresolved");
        output.WriteLine($"search documents {result.SearchDocuments.Count}");
        foreach (var group in result.Diagnostics.Items.GroupBy(d => (d.Severity, d.Code)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key.Severity} {group.Key.Code}: {group.Count()}  e.g. {group.First()}");
        }

        Assert.DoesNotContain(result.Diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(8, book.Chapters.Count);
        Assert.Equal(0, counts.UnresolvedReferences);
        Assert.Equal(0, counts.UnresolvedCitations);
        Assert.True(counts.CrossReferences > 500, $"only {counts.CrossReferences} cross-references");
        Assert.True(counts.Citations > 400, $"only {counts.Citations} citations");
        Assert.True(result.Written);
        Assert.DoesNotContain(result.Diagnostics.Items, d => d.Severity == Severity.Warning && !Expected.Contains(d.Code));
    }

    [SharedFact]
    public void Every_page_of_the_corpus_site_parses_with_unique_ids_and_resolving_links()
    {
        var result = fixture.Result;
        Assert.True(result.Written, "the corpus build wrote no site: " + string.Join("\n", result.Diagnostics.Items.Take(5)));
        var site = result.OutputDirectory;
        var files = Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(site, f), Encoding.UTF8));

        var problems = HtmlSiteCheck.Problems(pages, files);
        foreach (var problem in problems.Take(40))
        {
            output.WriteLine(problem);
        }

        output.WriteLine($"HTML check: {pages.Count} pages, {problems.Count} problems");
        Assert.Empty(problems);
        Assert.Contains("sitemap.xml", files);
        Assert.Contains("404.html", files);
        Assert.Contains("references.html", files);
    }
}
