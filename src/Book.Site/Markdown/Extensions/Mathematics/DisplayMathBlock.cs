using Book.Site.Markdown.Syntax;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Mathematics;

/// <summary>
/// Display math <c>$$ … $$ {#eq-x}</c> standing as its own block; <see cref="LeafBlock.Lines"/> hold the TeX
/// (without the dollars), the optional label is the block's id.
/// </summary>
public sealed class DisplayMathBlock(BlockParser parser) : LeafBlock(parser), IVerbatimBlock
{
    /// <summary>True once the closing <c>$$</c> was seen.</summary>
    public bool IsClosed { get; set; }

    /// <summary>True once the parser closed the block (closing <c>$$</c>, a blank line, or the end).</summary>
    public bool IsFinished { get; set; }

    public bool IsOpenForContent => !IsClosed && !IsFinished;
}
