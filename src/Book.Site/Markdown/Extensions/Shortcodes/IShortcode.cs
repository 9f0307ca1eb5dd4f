using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>
/// One known shortcode <c>{{&lt; name args &gt;}}</c>. Implementations must be stateless:
/// the same instance renders many documents in parallel.
/// </summary>
public interface IShortcode
{
    /// <summary>The name after <c>{{&lt;</c>, compared case-sensitively as Quarto does.</summary>
    string Name { get; }

    /// <summary>Checks the arguments at parse time; returns a message (what to do) when they are wrong, else null.</summary>
    string? Validate(ShortcodeCall call) => null;

    /// <summary>Writes the HTML of one use. Text from the arguments must be escaped.</summary>
    void Render(HtmlRenderer renderer, ShortcodeCall call);
}
