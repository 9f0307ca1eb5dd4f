using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Tikz;

/// <summary>A TikZ diagram <c>```{.tikz #fig-x fig-cap="…"}</c>: LaTeX source that the site cannot draw.</summary>
public sealed class TikzBlock(BlockParser parser) : FencedCodeBlock(parser)
{
    /// <summary>
    /// Site-relative URL of the plain-text file holding the source (set by <see cref="ExtractTikzSources"/>);
    /// null when the block is rendered outside a book (no file is written, so no link is shown).
    /// </summary>
    public string? SourceUrl { get; set; }
}
