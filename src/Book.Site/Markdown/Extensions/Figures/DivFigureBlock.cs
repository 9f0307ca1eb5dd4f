using Book.Core.Model;
using Book.Site.Markdown.Extensions.FencedDivs;
using Book.Site.Markdown.Extensions.TableCaptions;
using Book.Site.Markdown.Syntax;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Figures;

/// <summary>
/// A Quarto div figure, table or listing: <c>::: {#fig-x}</c> … caption paragraph <c>:::</c>.
/// The caption is a <c>lst-cap</c>/<c>fig-cap</c>/<c>tbl-cap</c> attribute when given, else the last paragraph
/// (MLSysBook also writes it as a Pandoc caption line <c>: Caption</c>).
/// </summary>
public sealed class DivFigureBlock(BlockParser parser) : FencedDivBlock(parser)
{
    public LabelKind Kind { get; set; }

    /// <summary>The caption block, or null when the figure has none.</summary>
    public LeafBlock? Caption =>
        CaptionBlock.Of(this) is { } attributeCaption ? attributeCaption
        : Count > 1 && LastChild is ParagraphBlock or TableCaptionBlock ? (LeafBlock)LastChild!
        : null;
}
