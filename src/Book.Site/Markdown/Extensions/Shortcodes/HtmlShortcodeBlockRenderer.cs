using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Shortcodes;

public sealed class HtmlShortcodeBlockRenderer : HtmlObjectRenderer<ShortcodeBlock>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeBlock obj)
    {
        if (obj.Shortcode is null)
        {
            return;
        }

        renderer.EnsureLine();
        obj.Shortcode.Render(renderer, obj.Call);
        renderer.EnsureLine();
    }
}
