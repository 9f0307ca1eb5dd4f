using Book.Site.Markdown.Extensions.FencedDivs;
using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.ConditionalContent;

/// <summary>
/// <c>::: {.content-visible when-format="html"}</c> / <c>.content-hidden</c>: content for some output formats.
/// Hidden blocks are removed from the tree after inline parsing, so no later stage numbers or links them.
/// </summary>
public sealed class ConditionalContentBlock(BlockParser parser) : FencedDivBlock(parser)
{
    public bool Visible { get; set; }
}
