using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.TableCaptions;

/// <summary>
/// A Pandoc table caption <c>: Caption {#tbl-x}</c> (or <c>Table: Caption</c>), directly before or after a table.
/// The trailing attributes are removed from the text and kept as the block's attributes.
/// </summary>
public sealed class TableCaptionBlock : LeafBlock
{
    public TableCaptionBlock(BlockParser parser)
        : base(parser)
    {
        ProcessInlines = true;
    }

    /// <summary>What introduced it (": " or "Table: "), for rendering a caption that has no table as plain text.</summary>
    public string Marker { get; set; } = ": ";
}
