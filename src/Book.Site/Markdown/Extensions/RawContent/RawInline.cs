using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.RawContent;

/// <summary>Raw inline content <c>`&lt;br&gt;`{=html}</c>.</summary>
public sealed class RawInline : LeafInline
{
    public string Content { get; set; } = string.Empty;

    public string Format { get; set; } = string.Empty;
}
