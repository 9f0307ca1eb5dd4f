using Book.Site.Glossary;
using Markdig;

namespace Book.Site.Tests.Glossary;

public sealed class RenderGlossaryTests
{
    [Fact]
    public void Page_is_an_alphabetical_definition_list_with_ids_and_markdown_definitions()
    {
        var pipeline = new MarkdownPipelineBuilder().Build();
        var html = RenderGlossary.Page(
            [
                new GlossaryTerm("zero point", "zero-point", [], "The integer for real **0**.", "g.yml", 1),
                new GlossaryTerm("<b>affine</b> map", "affine", [], "Scale, then shift.\n\nSee `x`.", "g.yml", 4),
            ],
            pipeline);
        Assert.Equal("""
            <dl class="glossary">
            <dt id="affine">&lt;b&gt;affine&lt;/b&gt; map</dt>
            <dd><p>Scale, then shift.</p>
            <p>See <code>x</code>.</p></dd>
            <dt id="zero-point">zero point</dt>
            <dd><p>The integer for real <strong>0</strong>.</p></dd>
            </dl>

            """, html);
    }
}
