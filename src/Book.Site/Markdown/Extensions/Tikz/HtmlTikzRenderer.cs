using Book.Site.Markdown.Extensions.Figures;
using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Tikz;

/// <summary>
/// A placeholder saying the diagram needs LaTeX, with a link to the TikZ source (a file of its own, see
/// <see cref="ExtractTikzSources"/>). Inside a div
/// figure the div is the figure; a standalone block with a label or <c>fig-cap</c> becomes its own figure.
/// </summary>
public sealed class HtmlTikzRenderer : HtmlObjectRenderer<TikzBlock>
{
    protected override void Write(HtmlRenderer renderer, TikzBlock obj)
    {
        var attributes = obj.TryGetAttributes();
        var caption = attributes?.Get("fig-cap");
        var ownFigure = obj.Parent is not DivFigureBlock && (attributes?.Id is not null || caption is not null);
        renderer.EnsureLine();
        if (ownFigure)
        {
            renderer.Write("<figure");
            if (attributes?.Id is { Length: > 0 } id)
            {
                renderer.Write(" id=\"").WriteEscape(id).Write('"');
            }

            renderer.WriteLine(" class=\"figure tikz\">");
        }

        renderer.Write("<div class=\"tikz-placeholder\" aria-label=\"");
        renderer.WriteEscape(caption ?? "Diagram");
        renderer.WriteLine(" (not drawn: TikZ needs LaTeX)\">");
        renderer.WriteLine("<p class=\"tikz-note\">This diagram is drawn with TikZ, which needs LaTeX; it is not rendered on the web.</p>");
        if (obj.SourceUrl is { } url)
        {
            renderer.Write("<p class=\"tikz-source\"><a href=\"").WriteEscapeUrl(url).WriteLine("\" type=\"text/plain\">TikZ source</a></p>");
        }

        renderer.WriteLine("</div>");
        if (ownFigure)
        {
            CaptionWriter.Write(renderer, obj, () => renderer.WriteEscape(caption!), caption is not null);
            renderer.WriteLine("</figure>");
        }
    }
}
