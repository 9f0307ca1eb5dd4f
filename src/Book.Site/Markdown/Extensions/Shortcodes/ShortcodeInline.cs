using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>A shortcode inside a paragraph.</summary>
public sealed class ShortcodeInline : LeafInline
{
    public ShortcodeCall Call { get; set; } = null!;

    /// <summary>The registered shortcode; null when unknown (renders nothing, a warning was reported).</summary>
    public IShortcode? Shortcode { get; set; }
}
