using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.TableCaptions;

/// <summary>
/// A table with its caption: holds the <see cref="TableCaptionBlock"/> and the table. The caption's
/// attributes (the <c>#tbl-</c> label) are moved here, the block numbering looks for.
/// </summary>
public sealed class TableFigureBlock(BlockParser? parser) : ContainerBlock(parser)
{
    public TableCaptionBlock Caption => this.OfType<TableCaptionBlock>().First();
}
