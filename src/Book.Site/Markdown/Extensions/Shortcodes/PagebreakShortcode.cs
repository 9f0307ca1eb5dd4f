using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary><c>{{&lt; pagebreak &gt;}}</c>: a page break in print; nothing visible on screen.</summary>
public sealed class PagebreakShortcode : IShortcode
{
    public string Name => "pagebreak";

    public void Render(HtmlRenderer renderer, ShortcodeCall call) =>
        renderer.Write(call.IsBlock
            ? "<div class=\"page-break\" aria-hidden=\"true\"></div>"
            : "<span class=\"page-break\" aria-hidden=\"true\"></span>");
}
