using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using Book.Site.Markdown.Extensions.Citations;
using Book.Site.Markdown.Extensions.CrossReferences;
using Markdig.Syntax;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Tests.Bibliography;

public sealed class ResolveCitationsTests
{
    [Fact]
    public void Returns_cited_keys_in_order_of_first_citation()
    {
        var document = MarkdigMarkdown.Parse("A [@jacob2018; @ba2014]. B @vaswani2017 and [-@ba2014].\n\n| t |\n|---|\n| [@han2016] |\n",
            CitationSpecTests.Pipeline);
        var keys = ResolveCitations.Run(document, CitationSpecTests.SpecBibliography, "ch.md", new DiagnosticBag());
        Assert.Equal(["jacob2018", "ba2014", "vaswani2017", "han2016"], keys);
    }

    [Fact]
    public void Unknown_key_is_an_error_at_its_position_with_the_nearest_key()
    {
        CitationSpecTests.Render("---\ntitle: x\n---\n\nFirst line.\nSee the paper [@vaswani2071] now.\n", out var bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal("chapter.md(6,15): error BK520: unknown citation '@vaswani2071' — not in citations.bib. Did you mean '@vaswani2017'?", error.ToString());
    }

    [Fact]
    public void Unknown_key_far_from_every_key_asks_to_add_the_entry()
    {
        CitationSpecTests.Render("[@completelydifferent]", out var bag);
        Assert.EndsWith("not in citations.bib. Add the entry or correct the key.", Assert.Single(bag.Items).Message);
    }

    [Fact]
    public void Cross_references_are_left_to_the_cross_reference_parser()
    {
        var document = MarkdigMarkdown.Parse("See @fig-roofline, [@sec-intro], @tbl-a and @eq-x; cited [@ba2014].", CitationSpecTests.Pipeline);
        var crossReferences = document.Descendants<CrossReferenceInline>().SelectMany(x => x.Ids).ToList();
        var citations = document.Descendants<CitationInline>().SelectMany(c => c.Items).Select(i => i.Key).ToList();
        Assert.Equal(["fig-roofline", "sec-intro", "tbl-a", "eq-x"], crossReferences);
        Assert.Equal(["ba2014"], citations);
    }

    [Fact]
    public void Citations_can_link_to_the_references_page()
    {
        var html = CitationSpecTests.Render("[@ba2014]", out _, referencesPage: "references.html");
        Assert.Contains("<a href=\"references.html#ref-ba2014\" role=\"doc-biblioref\">", html);
    }

    [Fact]
    public void Plain_text_rendering_has_no_markup()
    {
        var document = MarkdigMarkdown.Parse("Shown by @ba2014 [p. 3] and [@jacob2018].", CitationSpecTests.Pipeline);
        ResolveCitations.Run(document, CitationSpecTests.SpecBibliography, "ch.md", new DiagnosticBag());
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlForBlock = false };
        CitationSpecTests.Pipeline.Setup(renderer);
        renderer.Render(document);
        Assert.Equal("Shown by Ba and Caruana (2014, 3) and (Jacob et al. 2018).\n", writer.ToString());
    }

    [Fact]
    public void Without_precise_source_locations_the_block_line_is_reported()
    {
        var pipeline = new Markdig.MarkdownPipelineBuilder().UsePandocCitations().Build();
        var document = MarkdigMarkdown.Parse("Intro.\n\nSee [@nokey].\n", pipeline);
        var bag = new DiagnosticBag();
        ResolveCitations.Run(document, CitationSpecTests.SpecBibliography, "ch.md", bag);
        Assert.Equal(3, Assert.Single(bag.Items).Line);
    }

    [Fact]
    public void Merged_databases_prefer_the_first_and_list_every_file()
    {
        var bag = new DiagnosticBag();
        var chapter = ReadBibTeX.Parse("@misc{k, title = {chapter}, year = 2001}", "ch3.bib", bag);
        var site = ReadBibTeX.Parse("@misc{k, title = {site}, year = 2002}\n@misc{other, title = {o}}", "references.bib", bag);
        var merged = BibDatabase.Merge(chapter, site);
        Assert.True(merged.TryGet("K", out var entry));
        Assert.Equal("chapter", entry.Field("title"));
        Assert.Equal(2, merged.Count);
        Assert.Equal(["ch3.bib", "references.bib"], merged.SourceFiles);
    }

    [Fact]
    public void Year_labels_can_be_decided_over_the_whole_site()
    {
        var bag = new DiagnosticBag();
        var chapter = ReadBibTeX.Parse("@misc{a, author = {Lee, K.}, title = {B}, year = 2020}", "ch.bib", bag);
        var all = BibDatabase.Merge(chapter, ReadBibTeX.Parse("@misc{b, author = {Lee, K.}, title = {A}, year = 2020}", "other.bib", bag));
        Assert.Equal("2020", chapter.YearLabel(chapter.Entries[0]));
        Assert.Equal("2020b", chapter.WithLabelsFrom(all).YearLabel(chapter.Entries[0]));
    }
}
