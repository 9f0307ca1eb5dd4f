using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>A shortcode alone on its line: rendered as a block, outside any paragraph.</summary>
public sealed class ShortcodeBlock(BlockParser parser) : LeafBlock(parser)
{
    public ShortcodeCall Call { get; set; } = null!;

    /// <summary>The registered shortcode; null when unknown (renders nothing, a warning was reported).</summary>
    public IShortcode? Shortcode { get; set; }
}
