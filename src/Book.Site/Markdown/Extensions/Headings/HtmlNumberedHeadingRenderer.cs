using System.Globalization;
using Book.Core.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Headings;

/// <summary>
/// A heading, with its section number when the numbering stage gave it one (a <see cref="Label"/> in
/// <see cref="LabelData"/>): <c>&lt;h2 id="sec-x"&gt;&lt;span class="header-section-number"&gt;3.1&lt;/span&gt; Title&lt;/h2&gt;</c>,
/// Quarto's markup, so the body shows the number the contents and cross-references use.
/// Chapter titles (h1) are left alone: the page title already carries the chapter number.
/// </summary>
public sealed class HtmlNumberedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + Math.Clamp(heading.Level, 1, 6).ToString(CultureInfo.InvariantCulture);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
            if (heading.Level > 1 && LabelData.Get(heading) is { Kind: LabelKind.Section, Number.Length: > 0 } label)
            {
                renderer.Write("<span class=\"header-section-number\">").WriteEscape(label.Number).Write("</span> ");
            }
        }

        renderer.WriteLeafInline(heading);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("</").Write(tag).WriteLine(">");
        }

        renderer.EnsureLine();
    }
}
