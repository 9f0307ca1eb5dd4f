using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.RawContent;

/// <summary>A raw block <c>```{=html}</c>: passed through when its format is the output format, dropped otherwise.</summary>
public sealed class RawBlock(BlockParser parser) : FencedCodeBlock(parser)
{
    /// <summary>The format after '=': html, latex, tex, openxml …</summary>
    public string Format => Info?.Trim().TrimStart('{').TrimEnd('}').TrimStart('=').Trim() ?? string.Empty;
}
