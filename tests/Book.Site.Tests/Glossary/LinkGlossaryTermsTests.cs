using Book.Site.Glossary;
using Markdig;
using Markdig.Syntax;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Tests.Glossary;

public sealed class LinkGlossaryTermsTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseGenericAttributes()
        .UseMathematics()
        .UsePipeTables()
        .Build();

    private static readonly GlossaryIndex Index = GlossaryIndex.Create(
        [
            new GlossaryTerm("zero point", "zero-point", ["zero-point"], "The integer that stands for real **0** (see `z`).", "g.yml", 1),
            new GlossaryTerm("point", "point", [], "A dot.", "g.yml", 5),
            new GlossaryTerm("KV cache", "kv-cache", ["KV caches"], "Keys & values \"kept\" for 1 < n steps.", "g.yml", 9),
            new GlossaryTerm("INT8", "int8", [], "8-bit integers.", "g.yml", 12),
        ],
        Pipeline);

    private static string Link(string markdown)
    {
        var document = MarkdigMarkdown.Parse(markdown, Pipeline);
        LinkGlossaryTerms.Run(document, Index);
        return document.ToHtml(Pipeline);
    }

    [Fact]
    public void First_use_links_with_the_plain_text_definition()
    {
        Assert.Equal(
            "<p>The <a href=\"glossary.html#zero-point\" class=\"glossary-term\" data-definition=\"The integer that stands for real 0 (see z).\">zero point</a> moves; the zero point stays.</p>\n",
            Link("The zero point moves; the zero point stays."));
    }

    [Fact]
    public void Matching_is_case_insensitive_longest_first_and_keeps_the_text_as_written()
    {
        var html = Link("Two Zero Points? No: one ZERO POINT and a point.");
        Assert.Contains(">ZERO POINT</a>", html);
        Assert.Contains("and a <a href=\"glossary.html#point\"", html); // "point" inside "zero point" did not count
        Assert.DoesNotContain(">Points</a>", html); // no alias "zero points": not a whole-word match
    }

    [Fact]
    public void A_term_wrapped_over_two_source_lines_is_found()
    {
        Assert.Equal(
            "<p>Pick the <a href=\"glossary.html#zero-point\" class=\"glossary-term\" data-definition=\"The integer that stands for real 0 (see z).\">zero\npoint</a> first, then a KV\ncache.</p>\n",
            Link("Pick the zero\npoint first, then a KV\ncache.").Replace("<a href=\"glossary.html#kv-cache\" class=\"glossary-term\" data-definition=\"Keys &amp; values &quot;kept&quot; for 1 &lt; n steps.\">KV\ncache</a>", "KV\ncache", StringComparison.Ordinal));
        Assert.Contains(">KV\ncache</a>.</p>", Link("Pick the zero\npoint first, then a KV\ncache."));
    }

    [Fact]
    public void Several_terms_in_one_literal_are_all_linked()
    {
        var html = Link("INT8 and zero point and KV cache, then INT8 again.");
        Assert.Equal(3, html.Split("glossary-term").Length - 1);
        Assert.EndsWith("</a>, then INT8 again.</p>\n", html);
    }

    [Fact]
    public void Only_whole_words_match()
    {
        Assert.Equal("<p>Checkpoints and INT8s and pointless.</p>\n", Link("Checkpoints and INT8s and pointless."));
    }

    [Fact]
    public void Aliases_count_as_the_term()
    {
        var html = Link("Grow the KV caches. The KV cache is big.");
        Assert.Contains("<a href=\"glossary.html#kv-cache\" class=\"glossary-term\" data-definition=\"Keys &amp; values &quot;kept&quot; for 1 &lt; n steps.\">KV caches</a>", html);
        Assert.Single(html.Split("glossary-term")[1..]);
    }

    [Fact]
    public void Headings_code_math_links_and_images_are_skipped()
    {
        var html = Link("""
            # The zero point

            `zero point` and $zero point$ and [zero point](x.html) and ![zero point](z.svg)

                zero point

            Finally the zero point.
            """);
        Assert.Single(html.Split("glossary-term")[1..]);
        Assert.Contains("<p>Finally the <a href=\"glossary.html#zero-point\"", html);
        Assert.Contains("<h1>The zero point</h1>", html);
    }

    [Fact]
    public void Captions_of_labelled_figures_and_tables_are_skipped()
    {
        var html = Link("""
            The caption paragraph of a figure {#fig-a}

            A zero point here.
            """.Replace("The caption paragraph of a figure", "A zero point in a caption", StringComparison.Ordinal));
        Assert.Contains("<p id=\"fig-a\">A zero point in a caption </p>", html);
        Assert.Contains("<p>A <a href=\"glossary.html#zero-point\"", html);
    }

    [Fact]
    public void With_the_book_pipeline_table_and_figure_captions_are_skipped_but_table_cells_are_not()
    {
        var pipeline = Book.Site.Pipeline.CreateMarkdownPipeline.Run();
        var index = GlossaryIndex.Create(Index.Terms, pipeline);
        var document = MarkdigMarkdown.Parse("""
            | Type | Note |
            |------|------|
            | INT8 | a zero point |

            : The INT8 and zero point table {#tbl-types}

            ::: {#fig-kv}
            ![](kv.svg)

            A KV cache figure caption.
            :::

            The KV cache grows.
            """, pipeline);
        LinkGlossaryTerms.Run(document, index);
        var html = document.ToHtml(pipeline);
        Assert.Contains(">INT8</a></td>", html);
        Assert.Contains("a <a href=\"glossary.html#zero-point\"", html);
        Assert.Contains("The INT8 and zero point table", html);
        Assert.Contains("A KV cache figure caption.", html);
        Assert.Contains("The <a href=\"glossary.html#kv-cache\"", html);
    }

    [Fact]
    public void Existing_glossary_links_are_not_linked_again_and_emphasis_is_entered()
    {
        var document = MarkdigMarkdown.Parse("*The zero point* and INT8.", Pipeline);
        var first = LinkGlossaryTerms.Run(document, Index);
        var second = LinkGlossaryTerms.Run(document, Index);
        Assert.Equal(["zero-point", "int8"], first.Select(t => t.Id));
        Assert.Empty(second); // the terms now sit inside links, which are never linked again
        var html = document.ToHtml(Pipeline);
        Assert.Equal(2, html.Split("glossary-term").Length - 1);
        Assert.StartsWith("<p><em>The <a href=\"glossary.html#zero-point\"", html);
    }

    [Fact]
    public void Each_chapter_starts_afresh()
    {
        Assert.Contains("glossary-term", Link("The INT8 type."));
        Assert.Contains("glossary-term", Link("Another INT8 chapter."));
    }
}
