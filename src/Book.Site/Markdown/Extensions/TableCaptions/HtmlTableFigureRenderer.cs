using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.TableCaptions;

/// <summary><c>&lt;figure class="table" id="tbl-x"&gt;&lt;figcaption&gt;Table 3.1: …&lt;/figcaption&gt;&lt;table&gt;…</c></summary>
public sealed class HtmlTableFigureRenderer : HtmlObjectRenderer<TableFigureBlock>
{
    protected override void Write(HtmlRenderer renderer, TableFigureBlock obj)
    {
        var caption = obj.Caption;
        renderer.EnsureLine();
        renderer.Write("<figure");
        HtmlAttributeWriter.Write(renderer, obj.TryGetAttributes(), "table", key => key == "tbl-cap");
        renderer.WriteLine(">");
        CaptionWriter.Write(renderer, obj, () => renderer.WriteLeafInline(caption), caption.Inline?.FirstChild is not null);
        foreach (var child in obj)
        {
            if (child != caption)
            {
                renderer.Write(child);
            }
        }

        renderer.EnsureLine();
        renderer.WriteLine("</figure>");
    }
}
