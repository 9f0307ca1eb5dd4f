using System.Text.RegularExpressions;
using Book.Site.Incremental;
using Book.Site.Tests.Support;
using static Book.Site.Tests.Incremental.IncrementalEquality;
using static Book.Site.Tests.Support.RepoBookCopy;

namespace Book.Site.Tests.Incremental;

/// <summary>
/// <c>book serve</c>'s incremental rebuilds on a copy of this repository's book: after each kind of
/// edit the kept site must equal a fresh full build of the same sources, page for page, byte for byte.
/// </summary>
public sealed class RepoBookIncrementalTests : IDisposable
{
    private readonly RepoBookCopy _copy = new("book-incremental-");
    private readonly string _config;
    private readonly string _book;

    public RepoBookIncrementalTests()
    {
        (_config, _book) = (_copy.Config, _copy.Book);
    }

    public void Dispose() => _copy.Dispose();

    private string Chapter(string name) => Path.Combine(_book, name);

    [Fact]
    public void Every_kind_of_edit_gives_the_full_builds_site()
    {
        var site = IncrementalSite.Build(Options(_config), out var first);
        Assert.NotNull(site);
        Assert.False(first.Diagnostics.HasErrors, string.Join("\n", first.Diagnostics.Items));
        AssertSame(site!, first, Pipeline.BuildSite.Run(Options(_config)), "first build");

        // A paragraph: only its own page is laid out again.
        var paragraph = EditAndCompare(site!, _config, "paragraph", _copy.Edit("quantization.md", text =>
        {
            var line = text.Split('\n').First(l => l.Length > 60 && char.IsLetter(l[0]) && !l.StartsWith("description:", StringComparison.Ordinal));
            return text.Replace(line, line + " An added sentence.", StringComparison.Ordinal);
        }));
        Assert.Equal(["quantization.html"], paragraph.RenderedPaths);

        // A caption that attention-kv-cache.md references.
        EditAndCompare(site!, _config, "caption referenced elsewhere",
            _copy.Edit("integer-matmul.md", Replace("![A roofline for one core", "![A roofline of a single core")));

        // A figure added before it renumbers the roofline figure, which attention-kv-cache.md shows as "Figure 4.k".
        var renumbered = EditAndCompare(site!, _config, "figure added before a referenced one", _copy.Edit("integer-matmul.md", text =>
        {
            var line = text.Split('\n').First(l => l.Contains("{#fig-imm-roofline}", StringComparison.Ordinal));
            return text.Replace(line, "![An added figure.](images/integer-matmul-roofline.svg){#fig-imm-added}\n\n" + line, StringComparison.Ordinal);
        }));
        Assert.Contains("attention-kv-cache.html", renumbered.RenderedPaths);

        // A section heading that other chapters reference (by number: only the page itself shows the title).
        var heading = EditAndCompare(site!, _config, "heading rename", _copy.Edit("ml-systems.md", text =>
            Regex.Replace(text, @"^(##+ )([^\n{]+)(\{#sec-mlsys-capacity\})", "$1Renamed capacity section $3", RegexOptions.Multiline)));
        Assert.Contains("ml-systems.html", heading.RenderedPaths);

        // An unnumbered section is referenced by its title: renaming it re-renders the referring chapter.
        EditAndCompare(site!, _config, "reference to an unnumbered section",
            _copy.Edit("how-to-use.md", text => text + "\nThe preface says who this is for (@sec-preface-audience).\n"));
        var unnumbered = EditAndCompare(site!, _config, "unnumbered heading rename",
            _copy.Edit("index.md", Replace("### Who this book is for {#sec-preface-audience", "### Readers of this book {#sec-preface-audience")));
        Assert.Contains("how-to-use.html", unnumbered.RenderedPaths);

        // A reference to a label nobody defines yet (an error), then the label appears in another chapter.
        var bad = EditAndCompare(site!, _config, "reference to a label not yet defined",
            _copy.Edit("benchmarking.md", text => text + "\nSee @sec-added-later for more.\n"));
        Assert.True(bad.Diagnostics.HasErrors);
        var fixedUp = EditAndCompare(site!, _config, "new label", _copy.Edit("numbers.md", text => text + "\n## An added section {#sec-added-later}\n\nNew text.\n"));
        Assert.False(fixedUp.Diagnostics.HasErrors, string.Join("\n", fixedUp.Diagnostics.Items));

        // A removed label that another chapter references, then put back.
        var removed = EditAndCompare(site!, _config, "removed label", _copy.Edit("integer-matmul.md", Replace("{#fig-imm-roofline}", "")));
        Assert.True(removed.Diagnostics.HasErrors);
        EditAndCompare(site!, _config, "label restored", _copy.Edit("integer-matmul.md", Replace("integer-matmul-roofline.svg)", "integer-matmul-roofline.svg){#fig-imm-roofline}")));

        // A chapter title: navigation on every page, exercise pages, progress page.
        var title = EditAndCompare(site!, _config, "chapter title", _copy.Edit("softmax-normalization.md", text =>
            Regex.Replace(text, @"^title: *(.+)$", "title: \"A renamed softmax chapter\"", RegexOptions.Multiline)));
        Assert.True(title.RenderedPaths.Count > 10);

        // A bad edit (an unterminated quiz block and an unknown cross-reference) and its fix.
        var original = File.ReadAllText(Chapter("attention-kv-cache.md"));
        var broken = EditAndCompare(site!, _config, "bad edit", _copy.Edit("attention-kv-cache.md", text =>
            text + "\n```quiz\n- type: mcq\n  question: [unclosed\n```\n\nSee @fig-nowhere.\n"));
        Assert.True(broken.Diagnostics.HasErrors);
        EditAndCompare(site!, _config, "bad edit fixed", (Chapter("attention-kv-cache.md"), original));

        // A citation added to a chapter that cited nothing (the references page lists it), and two chapters at once.
        var key = Regex.Match(File.ReadAllText(Chapter("quantization.md")), @"\[@([A-Za-z0-9_:-]+)").Groups[1].Value;
        EditAndCompare(site!, _config, "citation and two chapters",
            _copy.Edit("how-to-use.md", text => text + $"\nAs shown before [@{key}].\n"),
            _copy.Edit("deployment-monitoring.md", text => text + "\nA closing line.\n"));
    }

    [Fact]
    public void Files_that_are_no_chapter_ask_for_a_full_build()
    {
        var site = IncrementalSite.Build(Options(_config), out _);
        Assert.NotNull(site);
        Assert.Null(site!.Update([_config]));
        Assert.Null(site.Update([Path.Combine(_book, "references.bib")]));
        Assert.Null(site.Update([Path.Combine(_book, "glossary.yml")]));
    }
}
