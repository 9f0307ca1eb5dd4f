using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// Plain divs: <c>&lt;div id class data-*&gt;</c>; Quarto's <c>.column-margin</c> becomes an <c>&lt;aside&gt;</c>
/// (a margin note is complementary content); other column classes stay classes for the theme's grid.
/// </summary>
public sealed class HtmlFencedDivRenderer : HtmlObjectRenderer<FencedDivBlock>
{
    protected override void Write(HtmlRenderer renderer, FencedDivBlock obj)
    {
        var attributes = obj.TryGetAttributes();
        var tag = attributes?.HasClass("column-margin") == true ? "aside" : "div";
        renderer.EnsureLine();
        renderer.Write('<').Write(tag);
        HtmlAttributeWriter.Write(renderer, attributes);
        renderer.WriteLine(">");
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
