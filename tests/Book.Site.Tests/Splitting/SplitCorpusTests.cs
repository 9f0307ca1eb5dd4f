using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Book.Benchmarks.Build;
using Book.Core.Diagnostics;
using Book.Site.Model;
using Book.Site.Pipeline;
using Book.Site.Splitting;
using Book.Site.Tests.Corpus;
using Book.Site.Tests.Support;
using Xunit.Abstractions;

namespace Book.Site.Tests.Splitting;

/// <summary>
/// Splitting on the MLSysBook corpus: the default build (<c>split: auto</c>) keeps every page's body within
/// the budget with an estimate close to the real gzip size, and a build with every chapter split at every
/// section (<c>split: section</c>) passes the HTML check of the whole site (unique ids, every link and anchor
/// resolving across pages).
/// </summary>
public sealed class SplitCorpusTests(CorpusBuildFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusBuildFixture>
{
    [SharedFact]
    public void Auto_split_keeps_every_page_body_within_the_budget_and_the_estimate_near_the_gzip_size()
    {
        var book = fixture.Result.Book!;
        var budget = book.Config.SplitBudgetKb * 1024;
        Assert.Contains(book.Chapters, c => c.Pages.Count > 1);
        foreach (var chapter in book.Chapters)
        {
            var estimates = PageEstimates(chapter);
            for (var k = 0; k < chapter.Pages.Count; k++)
            {
                var actual = Gzip(chapter.PageBody(k));
                output.WriteLine($"{chapter.Pages[k].Url}: body {actual / 1024.0:0.0} KB gzip, estimated {estimates[k] / 1024.0:0.0} KB ({estimates[k] / actual:0.00}x)");
                Assert.True(actual <= budget, $"{chapter.Pages[k].Url}: {actual} bytes of gzip over the budget of {budget}");
                Assert.InRange(estimates[k] / actual, 0.7, 1.3);
            }
        }

        // The stage itself, once more on the built book (idempotent): it must cost next to nothing.
        var times = Enumerable.Range(0, 5).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            SplitChapters.Run(book);
            return clock.Elapsed.TotalMilliseconds;
        }).ToList();
        output.WriteLine($"SplitChapters on the corpus: {string.Join(", ", times.Select(t => t.ToString("0.0")))} ms");
    }

    [SharedFact]
    public void Every_page_of_the_corpus_split_at_every_section_passes_the_html_check()
    {
        var folder = Directory.CreateTempSubdirectory("book-corpus-split-").FullName;
        try
        {
            var config = CorpusSiteYml.Write(RepoPaths.Corpus, folder);
            File.AppendAllText(config, "split: section\n");
            var result = BuildSite.Run(new BuildOptions { ConfigPath = config, DryRun = true });
            Assert.DoesNotContain(result.Diagnostics.Items, d => d.Severity == Severity.Error);
            var book = result.Book!;
            Assert.All(book.Chapters, c => Assert.True(c.Pages.Count > 5, $"{c.PageUrl}: {c.Pages.Count} pages"));
            Assert.Equal(0, book.Counts.UnresolvedReferences);

            var pages = result.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
                .ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value));
            var others = result.Output.Files.Keys.Concat(result.Output.Copies.Values).ToHashSet(StringComparer.Ordinal);
            var problems = HtmlSiteCheck.Problems(pages, others);
            foreach (var problem in problems.Take(40))
            {
                output.WriteLine(problem);
            }

            output.WriteLine($"{book.Chapters.Sum(c => c.Pages.Count)} chapter pages, {pages.Count} pages in all, {problems.Count} problems");
            Assert.Empty(problems);
            // Every search result leads to a page that exists.
            Assert.All(result.SearchDocuments, d => Assert.Contains(d.Ref.Split('#')[0], pages.Keys));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The estimate of each page as SplitChapters made it: its runs of sections, the reference list on the last.</summary>
    private static List<double> PageEstimates(Chapter chapter)
    {
        var firsts = chapter.Pages.Select(p => p.FirstBlock).ToList();
        var runs = EstimatePageWeight.Runs(chapter, firsts);
        runs[^1] += EstimatePageWeight.References(chapter);
        return runs;
    }

    private static int Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }
}
