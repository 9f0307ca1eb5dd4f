using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Tikz;

/// <summary>A TikZ diagram <c>```{.tikz #fig-x fig-cap="…"}</c>: LaTeX source that the site cannot draw.</summary>
public sealed class TikzBlock(BlockParser parser) : FencedCodeBlock(parser)
{
}
