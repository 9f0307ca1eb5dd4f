using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Syntax;

/// <summary>
/// Markdown text that came from an attribute (<c>title="…"</c>, <c>lst-cap="…"</c>, <c>fig-cap="…"</c>) or a
/// caption line, kept as a leaf of the syntax tree so the inline parsers (emphasis, math, citations,
/// cross-references) run on it like on any paragraph. Its parent's renderer decides where it goes;
/// it never renders itself as a paragraph.
/// </summary>
public sealed class CaptionBlock : LeafBlock
{
    public CaptionBlock(BlockParser? parser)
        : base(parser)
    {
        ProcessInlines = true;
    }

    /// <summary>A caption holding <paramref name="text"/>, located at the given 0-based line and column.</summary>
    public static CaptionBlock Create(BlockParser? parser, string text, int line, int column)
    {
        var caption = new CaptionBlock(parser) { Line = line, Column = column };
        var slice = new StringSlice(text);
        caption.AppendLine(ref slice, column, line, 0, false);
        return caption;
    }

    /// <summary>The first caption child of <paramref name="container"/>, if any.</summary>
    public static CaptionBlock? Of(ContainerBlock container)
    {
        foreach (var child in container)
        {
            if (child is CaptionBlock caption)
            {
                return caption;
            }
        }

        return null;
    }
}
