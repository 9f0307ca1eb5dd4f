using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Shortcodes;

public sealed class HtmlShortcodeInlineRenderer : HtmlObjectRenderer<ShortcodeInline>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeInline obj) =>
        obj.Shortcode?.Render(renderer, obj.Call);
}
