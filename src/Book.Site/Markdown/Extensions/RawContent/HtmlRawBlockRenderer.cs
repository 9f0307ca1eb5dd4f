using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.RawContent;

/// <summary>Writes raw HTML as is; raw content for other formats (LaTeX, …) renders nothing.</summary>
public sealed class HtmlRawBlockRenderer(string format) : HtmlObjectRenderer<RawBlock>
{
    protected override void Write(HtmlRenderer renderer, RawBlock obj)
    {
        if (!string.Equals(obj.Format, format, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        renderer.EnsureLine();
        renderer.WriteLeafRawLines(obj, true, false);
    }
}
