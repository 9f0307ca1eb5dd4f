using Book.Site.Markdown.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.Mathematics;

/// <summary>Inline math <c>$…$</c>, or display math inside a paragraph <c>$$…$$</c>.</summary>
public sealed class MathInline : LeafInline, IPlainText
{
    public string Content { get; set; } = string.Empty;

    public bool IsDisplay { get; set; }

    public string PlainText => Content;
}
