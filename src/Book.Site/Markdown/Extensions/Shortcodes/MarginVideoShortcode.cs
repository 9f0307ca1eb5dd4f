using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>
/// <c>{{&lt; margin-video "url" "Title" "Author" &gt;}}</c> (MLSysBook): a captioned link to a video in the margin.
/// No embedded player: a link keeps the page fast and works offline and in print.
/// </summary>
public sealed class MarginVideoShortcode : IShortcode
{
    public string Name => "margin-video";

    public string? Validate(ShortcodeCall call) =>
        call.Arguments.Count == 0 || !Uri.TryCreate(call.Arguments[0], UriKind.Absolute, out _)
            ? "'margin-video' needs the video URL first: {{< margin-video \"https://…\" \"Title\" \"Author\" >}}"
            : null;

    public void Render(HtmlRenderer renderer, ShortcodeCall call)
    {
        var url = call.Argument(0);
        var title = call.Argument(1).Length > 0 ? call.Argument(1) : url;
        if (!call.IsBlock)
        {
            // Inside a paragraph only phrasing content is allowed: a plain link.
            renderer.Write("<a class=\"margin-video\" href=\"").WriteEscapeUrl(url).Write("\" rel=\"noopener\">Video: ");
            renderer.WriteEscape(title).Write("</a>");
            return;
        }

        renderer.Write("<aside class=\"column-margin margin-video\"><figure class=\"video\"><a href=\"");
        renderer.WriteEscapeUrl(url);
        renderer.Write("\" rel=\"noopener\">");
        renderer.WriteEscape(title);
        renderer.Write("</a><figcaption>Video: ");
        renderer.WriteEscape(title);
        if (call.Argument(2).Length > 0)
        {
            renderer.Write(" (");
            renderer.WriteEscape(call.Argument(2));
            renderer.Write(')');
        }

        renderer.Write("</figcaption></figure></aside>");
    }
}
