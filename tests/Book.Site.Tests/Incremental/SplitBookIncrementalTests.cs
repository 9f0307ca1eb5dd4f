using System.Text.RegularExpressions;
using Book.Site.Incremental;
using Book.Site.Tests.Support;
using static Book.Site.Tests.Incremental.IncrementalEquality;
using static Book.Site.Tests.Support.RepoBookCopy;

namespace Book.Site.Tests.Incremental;

/// <summary>
/// The incremental site on a copy of this repository's book with <c>split: section</c> (every chapter a page
/// per level-2 section): edits to split chapters give the full build's site byte for byte, and an edit that
/// moves an element to another page asks for a full build.
/// </summary>
public sealed class SplitBookIncrementalTests : IDisposable
{
    private readonly RepoBookCopy _copy = new("book-split-incremental-", "\nsplit: section\n");
    private readonly string _config;
    private readonly string _book;

    public SplitBookIncrementalTests()
    {
        (_config, _book) = (_copy.Config, _copy.Book);
    }

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Edits_of_split_chapters_give_the_full_builds_site()
    {
        var site = IncrementalSite.Build(Options(_config), out var first);
        Assert.NotNull(site);
        Assert.False(first.Diagnostics.HasErrors, string.Join("\n", first.Diagnostics.Items));
        var matmul = site!.Book.Chapters.Single(c => c.PageUrl == "integer-matmul.html");
        Assert.True(matmul.Pages.Count > 3, "integer-matmul.md should be split at its sections");
        Assert.Contains(matmul.Pages, p => p.Url == "integer-matmul--sec-imm-roofline.html");
        AssertSame(site, first, Pipeline.BuildSite.Run(Options(_config)), "first build");

        // A paragraph on a later page: the chapter's pages are laid out again, no other page.
        var paragraph = EditAndCompare(site, _config, "paragraph on a later page",
            _copy.Edit("integer-matmul.md", Replace("## Caches and blocking {#sec-imm-cache}\n", "## Caches and blocking {#sec-imm-cache}\n\nAn added sentence.\n")));
        Assert.Contains("integer-matmul--sec-imm-cache.html", paragraph.RenderedPaths);
        Assert.All(paragraph.RenderedPaths, p => Assert.StartsWith("integer-matmul", p, StringComparison.Ordinal));

        // A caption on a later page that attention-kv-cache.md references.
        EditAndCompare(site, _config, "caption referenced elsewhere",
            _copy.Edit("integer-matmul.md", Replace("![A roofline for one core", "![A roofline of a single core")));

        // A section renamed: the sidebar lists the split chapter's pages by their sections' titles.
        var heading = EditAndCompare(site, _config, "heading of a page renamed", _copy.Edit("integer-matmul.md", text =>
            Regex.Replace(text, @"^## Caches and blocking \{#sec-imm-cache\}", "## Caches, tiles and blocking {#sec-imm-cache}", RegexOptions.Multiline)));
        Assert.True(heading.RenderedPaths.Count > 10, "a page title in the navigation changed: every page is laid out again");

        // A citation on an earlier page links the reference list on the chapter's last page.
        var key = Regex.Match(File.ReadAllText(Path.Combine(_book, "quantization.md")), @"\[@([A-Za-z0-9_:-]+)").Groups[1].Value;
        EditAndCompare(site, _config, "citation on a first page",
            _copy.Edit("integer-matmul.md", Replace("## Why matrix multiplication {#sec-imm-why}\n", $"## Why matrix multiplication {{#sec-imm-why}}\n\nAs shown before [@{key}].\n")));

        // A new section moves a page break: links to the pages after it change everywhere, so a full build.
        var (file, text) = _copy.Edit("integer-matmul.md", Replace("## Caches, tiles and blocking {#sec-imm-cache}", "## An added section {#sec-imm-added}\n\nNew text.\n\n## Caches, tiles and blocking {#sec-imm-cache}"));
        File.WriteAllText(file, text);
        Assert.Null(site.Update([file]));
        var rebuilt = IncrementalSite.Build(Options(_config), out var full);
        AssertSame(rebuilt!, full, Pipeline.BuildSite.Run(Options(_config)), "full build after a moved page break");
        Assert.Contains(rebuilt!.Book.Chapters.Single(c => c.PageUrl == "integer-matmul.html").Pages, p => p.Url == "integer-matmul--sec-imm-added.html");
    }
}
