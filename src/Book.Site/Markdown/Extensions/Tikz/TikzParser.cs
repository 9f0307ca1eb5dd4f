using System.Text.RegularExpressions;
using Book.Site.Markdown.Extensions.RawContent;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Tikz;

/// <summary>Opens fences whose language is TikZ (<c>```tikz</c>, <c>```{.tikz …}</c>); reports each one once.</summary>
public sealed partial class TikzParser : FencedBlockParserBase<TikzBlock>
{
    public TikzParser()
    {
        OpeningCharacters = ['`', '~'];
        InfoPrefix = null;
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || FenceLine.InfoOf(processor.Line) is not { } info || !IsTikz(info))
        {
            return BlockState.None;
        }

        return base.TryOpen(processor);
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        MarkdownDiagnostics.Warning(processor.Document, MarkdownCodes.TikzNotRendered, block.Line, block.Column,
            "TikZ diagrams need LaTeX and are not drawn on the site; a placeholder is shown (export the diagram as SVG and use ![Caption](file.svg) to show it)");
        return true;
    }

    protected override TikzBlock CreateFencedBlock(BlockProcessor processor) => new(this);

    private static bool IsTikz(string info) =>
        info.Equals("tikz", StringComparison.OrdinalIgnoreCase) || info.StartsWith('{') && TikzClass().IsMatch(info);

    [GeneratedRegex(@"(^|[\s{])\.tikz(?=[\s}])")]
    private static partial Regex TikzClass();
}
