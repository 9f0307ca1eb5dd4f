using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>One use of a shortcode: <c>{{&lt; margin-video "url" "Caption" &gt;}}</c>.</summary>
/// <param name="Name">The shortcode name.</param>
/// <param name="Arguments">Positional arguments, quotes removed.</param>
/// <param name="Named">Named arguments <c>key="value"</c>.</param>
/// <param name="IsBlock">True when the shortcode stands alone on its line (rendered as a block).</param>
/// <param name="Line">0-based source line (Markdig convention).</param>
/// <param name="Document">The document it appears in (front matter for <c>meta</c>); null in isolation.</param>
public sealed record ShortcodeCall(
    string Name,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Named,
    bool IsBlock,
    int Line,
    MarkdownDocument? Document)
{
    public string Argument(int index) => index < Arguments.Count ? Arguments[index] : string.Empty;
}
