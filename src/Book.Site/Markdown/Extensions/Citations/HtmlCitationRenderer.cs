using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>
/// Renders a citation author–date, as Pandoc's citeproc does for Chicago:
/// <c>&lt;span class="citation" data-cites="a b"&gt;(&lt;a href="#ref-a" role="doc-biblioref"&gt;Han, Mao, and Dally 2016&lt;/a&gt;; …)&lt;/span&gt;</c>.
/// Unresolved keys (already reported by <see cref="ResolveCitations"/>) render as Pandoc's "(key?)" in bold.
/// Inside alt text and other plain-text contexts only the text is written.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline inline)
    {
        var html = renderer.EnableHtmlForInline;
        if (html)
        {
            renderer.Write("<span class=\"citation\" data-cites=\"")
                .WriteEscape(string.Join(' ', inline.Items.Select(i => i.Key))).Write("\">");
        }

        if (inline.Bracketed)
        {
            renderer.Write('(');
            for (var i = 0; i < inline.Items.Count; i++)
            {
                if (i > 0)
                {
                    renderer.Write("; ");
                }

                WriteItem(renderer, inline.Items[i], html, linked: html && !inline.InsideLink, narrative: false);
            }

            renderer.Write(')');
        }
        else
        {
            WriteItem(renderer, inline.Items[0], html, linked: html && !inline.InsideLink, narrative: true);
        }

        if (html)
        {
            renderer.Write("</span>");
        }
    }

    private static void WriteItem(HtmlRenderer renderer, CitationItem item, bool html, bool linked, bool narrative)
    {
        if (item.Prefix.Length > 0)
        {
            renderer.WriteEscape(item.Prefix).Write(' ');
        }

        if (item.Entry is null)
        {
            if (html)
            {
                renderer.Write("<strong class=\"citation-unresolved\">").WriteEscape(item.Key).Write("?</strong>");
            }
            else
            {
                renderer.WriteEscape(item.Key).Write('?');
            }

            return;
        }

        if (linked)
        {
            renderer.Write("<a href=\"").WriteEscapeUrl(item.Href).Write("\" role=\"doc-biblioref\">");
        }

        renderer.WriteEscape(CitationText.Format(item, narrative));
        if (linked)
        {
            renderer.Write("</a>");
        }
    }
}
