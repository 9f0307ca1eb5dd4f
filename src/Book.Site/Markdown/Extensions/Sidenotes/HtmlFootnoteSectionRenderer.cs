using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Sidenotes;

/// <summary>The notes at the end of the page (<c>id="fn-N"</c>), for print and for readers without CSS.</summary>
public sealed class HtmlFootnoteSectionRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" role=\"doc-endnotes\">");
        renderer.WriteLine("<hr>");
        renderer.WriteLine("<ol>");
        foreach (var block in group)
        {
            var footnote = (Footnote)block;
            renderer.Write("<li id=\"fn-").Write(footnote.Order.ToString(CultureInfo.InvariantCulture)).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.EnsureLine();
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
