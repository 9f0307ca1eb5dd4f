using Book.Core.Model;
using Markdig.Syntax;

namespace Book.Site.Markdown;

/// <summary>
/// The bridge between numbering and rendering: the numbering stage attaches the resolved
/// <see cref="Label"/> to the labelled block (the block whose attributes carry the id);
/// renderers read it to print "Figure 3.2:" or a section number.
/// </summary>
public static class LabelData
{
    private static readonly object Key = typeof(LabelData);

    public static void Set(MarkdownObject node, Label label) => node.SetData(Key, label);

    public static Label? Get(MarkdownObject node) => node.GetData(Key) as Label;
}
