using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// A Pandoc fenced div <c>::: {#id .class key="value"}</c> … <c>:::</c>. Features that give some divs a
/// meaning (callouts, figures, conditional content) derive from it; plain divs render as <c>&lt;div&gt;</c>.
/// Its attributes are the Markdig attributes of the block (<c>GetAttributes()</c>).
/// </summary>
public class FencedDivBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>How many colons opened it (informational: any closing fence of 3+ colons closes the innermost div).</summary>
    public int ColonCount { get; set; }

    /// <summary>True once its closing fence was seen; false at the end of the document means it was never closed.</summary>
    public bool IsClosed { get; set; }

    /// <summary>True once the parser closed it (by its fence, or because its parent or the document ended).</summary>
    public bool IsFinished { get; set; }
}
