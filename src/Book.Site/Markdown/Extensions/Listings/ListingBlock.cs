using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Listings;

/// <summary>
/// A captioned code listing <c>```{.csharp #lst-x lst-cap="Caption"}</c>: holds the caption and the code block.
/// The <c>#lst-</c> label moves from the code block to this block (the one numbering looks for).
/// </summary>
public sealed class ListingBlock(BlockParser? parser) : ContainerBlock(parser)
{
    public FencedCodeBlock Code => this.OfType<FencedCodeBlock>().First();
}
