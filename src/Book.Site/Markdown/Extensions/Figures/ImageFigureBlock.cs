using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.Figures;

/// <summary>
/// A paragraph holding one captioned image, <c>![Caption](img.png){#fig-x width=80%}</c>, turned into a figure.
/// The label id moves from the image to this block (the labelled block numbering looks for);
/// <see cref="LeafBlock.Inline"/> still holds the image, whose children are the caption.
/// </summary>
public sealed class ImageFigureBlock(BlockParser? parser) : LeafBlock(parser)
{
    public LinkInline Image { get; set; } = null!;
}
