using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.RawContent;

public sealed class HtmlRawInlineRenderer(string format) : HtmlObjectRenderer<RawInline>
{
    protected override void Write(HtmlRenderer renderer, RawInline obj)
    {
        if (string.Equals(obj.Format, format, StringComparison.OrdinalIgnoreCase))
        {
            renderer.Write(obj.Content);
        }
    }
}
