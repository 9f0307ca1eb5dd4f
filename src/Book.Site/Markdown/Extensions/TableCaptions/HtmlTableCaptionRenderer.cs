using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.TableCaptions;

/// <summary>A caption line next to no table: shown as the paragraph Pandoc would make of it.</summary>
public sealed class HtmlTableCaptionRenderer : HtmlObjectRenderer<TableCaptionBlock>
{
    protected override void Write(HtmlRenderer renderer, TableCaptionBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<p>").WriteEscape(obj.Marker);
        renderer.WriteLeafInline(obj);
        renderer.WriteLine("</p>");
    }
}
