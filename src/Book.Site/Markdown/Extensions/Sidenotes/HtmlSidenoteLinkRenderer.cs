using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.Sidenotes;

/// <summary>
/// A footnote reference as a superscript link to the note at the end of the page, followed by a sidenote
/// holding the note's text. The theme's CSS places the sidenote in the margin on wide screens and toggles
/// it inline on narrow ones; without CSS (print, readers) the numbered notes at the end remain.
/// Ids: <c>fnref-K</c>/<c>sn-K</c> use Markdig's per-reference index K (unique even when a note is cited
/// twice), <c>fn-N</c> the note's number.
/// </summary>
public sealed class HtmlSidenoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        if (link.IsBackLink)
        {
            // On a split chapter the notes end its last page; the reference may be on an earlier one.
            renderer.Write("<a href=\"").Write(PageData.Get(link)).Write("#fnref-").Write(index).Write("\" class=\"footnote-back-ref\" role=\"doc-backlink\" aria-label=\"Back to the text\">↩︎</a>");
            return;
        }

        renderer.Write("<sup class=\"footnote-ref\"><a href=\"").Write(PageData.Get(link.Footnote.Parent)).Write("#fn-").Write(order).Write("\" id=\"fnref-").Write(index)
            .Write("\" role=\"doc-noteref\" aria-describedby=\"sn-").Write(index).Write("\">").Write(order).Write("</a></sup>");
        renderer.Write("<span class=\"sidenote\" id=\"sn-").Write(index).Write("\" role=\"note\"><span class=\"sidenote-number\">")
            .Write(order).Write(".</span> ");
        var first = true;
        foreach (var block in link.Footnote)
        {
            if (!first)
            {
                renderer.Write("<br>");
            }

            WriteFlat(renderer, block);
            first = false;
        }

        renderer.Write("</span>");
    }

    // A sidenote sits inside a paragraph: only phrasing content is allowed, so paragraphs are written as their
    // inlines and other blocks (lists, code) as escaped text. Back links and nested notes are left out.
    private static void WriteFlat(HtmlRenderer renderer, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (child is FootnoteLink)
                    {
                        continue;
                    }

                    // Markdig's line-break renderer skips a break when the renderer believes it is the last
                    // inline of its container; writing children one by one here leaves that flag stale, and
                    // "the same\nresult" came out as "the sameresult". So line breaks are written here.
                    if (child is LineBreakInline lineBreak)
                    {
                        renderer.Write(lineBreak.IsHard ? "<br>" : " ");
                        continue;
                    }

                    renderer.Write(child);
                }

                break;
            case LeafBlock leaf:
                renderer.Write("<code>");
                renderer.WriteEscape(string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString())));
                renderer.Write("</code>");
                break;
            case ContainerBlock container:
                var first = true;
                foreach (var child in container)
                {
                    if (!first)
                    {
                        renderer.Write(' ');
                    }

                    WriteFlat(renderer, child);
                    first = false;
                }

                break;
        }
    }
}
