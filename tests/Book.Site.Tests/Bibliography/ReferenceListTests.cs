using Book.Site.Tests.Support;
using Book.Site.Bibliography;

namespace Book.Site.Tests.Bibliography;

/// <summary>
/// The reference list of every entry type in <c>Specs/citations.bib</c>, compared with the golden
/// file <c>Specs/references.html</c>. Set <c>BOOK_BLESS=1</c> to rewrite the golden file after a
/// deliberate change, then review its diff.
/// </summary>
public sealed class ReferenceListTests
{
    private static readonly string GoldenPath = RepoPaths.InTests("Bibliography", "Specs", "references.html");

    [Fact]
    public void Chapter_reference_section_matches_the_golden_file()
    {
        var database = CitationSpecTests.SpecBibliography;
        var html = RenderReferences.Section(database.Entries.Select(e => e.Key), database);
        if (Environment.GetEnvironmentVariable("BOOK_BLESS") == "1")
        {
            File.WriteAllText(GoldenPath, html);
        }

        Assert.Equal(File.ReadAllText(GoldenPath), html);
    }

    [Fact]
    public void Section_lists_only_cited_entries_sorted_by_author_then_year()
    {
        var database = CitationSpecTests.SpecBibliography;
        var html = RenderReferences.Section(["vaswani2017", "smith2020b", "ba2014", "smith2020a", "unknown"], database);
        var ids = System.Text.RegularExpressions.Regex.Matches(html, "id=\"(ref-[^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["ref-ba2014", "ref-smith2020a", "ref-smith2020b", "ref-vaswani2017"], ids);
        Assert.StartsWith("<section id=\"references\" class=\"references\" role=\"doc-bibliography\">\n<h2>References</h2>\n", html);
    }

    [Fact]
    public void Nothing_cited_means_no_section()
    {
        Assert.Equal(string.Empty, RenderReferences.Section([], CitationSpecTests.SpecBibliography));
    }

    [Fact]
    public void References_page_lists_all_entries_or_the_cited_ones()
    {
        var database = CitationSpecTests.SpecBibliography;
        var all = RenderReferences.Page(database);
        var cited = RenderReferences.Page(database, ["ba2014"]);
        Assert.Equal(database.Count, all.Split("class=\"csl-entry\"").Length - 1);
        Assert.Equal(1, cited.Split("class=\"csl-entry\"").Length - 1);
        Assert.StartsWith("<div id=\"refs\" class=\"references csl-bib-body\"", all);
    }

    [Fact]
    public void Preprints_show_their_archive_id_and_a_url_in_howpublished_is_not_repeated()
    {
        var bag = new Book.Core.Diagnostics.DiagnosticBag();
        var database = ReadBibTeX.Parse("""
            @misc{ba2016, author = {Ba, Jimmy Lei}, title = {Layer Normalization}, year = {2016},
              eprint = {1607.06450}, archivePrefix = {arXiv}, url = {https://arxiv.org/abs/1607.06450}}
            @misc{bdn, author = {{.NET Foundation}}, title = {{BenchmarkDotNet}}, year = 2025,
              howpublished = {\url{https://benchmarkdotnet.org/}}, url = {https://benchmarkdotnet.org/}}
            """, "x.bib", bag);
        Assert.Equal("Ba, Jimmy Lei. 2016. “Layer Normalization.” arXiv:1607.06450. <a href=\"https://arxiv.org/abs/1607.06450\">https://arxiv.org/abs/1607.06450</a>.",
            FormatReference.Html(database.Entries[0], database));
        Assert.Equal(".NET Foundation. 2025. “BenchmarkDotNet.” <a href=\"https://benchmarkdotnet.org/\">https://benchmarkdotnet.org/</a>.",
            FormatReference.Html(database.Entries[1], database));
    }

    [Fact]
    public void More_than_ten_authors_are_cut_to_seven_and_et_al()
    {
        var bag = new Book.Core.Diagnostics.DiagnosticBag();
        var names = string.Join(" and ", Enumerable.Range(1, 11).Select(i => $"Author{i}, A."));
        var database = ReadBibTeX.Parse($"@misc{{k, author = {{{names}}}, title = {{T}}, year = 2020}}", "x.bib", bag);
        Assert.Equal("Author1, A., A. Author2, A. Author3, A. Author4, A. Author5, A. Author6, A. Author7, et al.",
            AuthorDateStyle.ReferenceAuthors(database.Entries[0]));
    }
}
