using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.RawContent;

/// <summary>Opens only fences whose info string is a raw attribute <c>{=format}</c>; others go to the code parser.</summary>
public sealed class RawBlockParser : FencedBlockParserBase<RawBlock>
{
    public RawBlockParser()
    {
        OpeningCharacters = ['`', '~'];
        InfoPrefix = null;
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || FenceLine.InfoOf(processor.Line) is not { } info || !info.StartsWith("{=", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        return base.TryOpen(processor);
    }

    protected override RawBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
