using Book.Site.Markdown.Syntax;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// Parses Pandoc fenced divs. Pandoc semantics: an opening fence is 3+ colons followed by attributes
/// (or one bare class word) and optionally more colons; a closing fence is 3+ colons and nothing else,
/// and it closes the innermost open div whatever the colon counts.
/// </summary>
public sealed class FencedDivParser : BlockParser
{
    private readonly List<FencedDivFactory> _factories = [];

    public FencedDivParser()
    {
        OpeningCharacters = [':'];
    }

    /// <summary>Registers a feature's div kind. Only while the pipeline is being built.</summary>
    public void AddFactory(FencedDivFactory factory) => _factories.Add(factory);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var colons = CountColons(line);
        if (colons < 3)
        {
            return BlockState.None;
        }

        var rest = line.Text.Substring(line.Start + colons, line.End - line.Start - colons + 1).Trim().TrimEnd(':').Trim();
        if (rest.Length == 0)
        {
            MarkdownDiagnostics.Warning(processor.Document, MarkdownCodes.UnclosedDiv, processor.LineIndex, processor.Column,
                "closing ':::' without an open div; remove it or add the opening '::: {.class}' line");
            return BlockState.None;
        }

        if (!PandocAttributes.TryParse(rest, out var attributes))
        {
            MarkdownDiagnostics.Warning(processor.Document, MarkdownCodes.BadAttributes, processor.LineIndex, processor.Column,
                $"cannot read the div attributes '{rest}'; write them as {{#id .class key=\"value\"}}");
            return BlockState.None;
        }

        var block = Create(attributes, processor.LineIndex, processor.Column);
        block.ColonCount = colons;
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(line.Start, line.End);
        block.SetAttributes(attributes);
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsCodeIndent || processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        var line = processor.Line;
        var colons = CountColons(line);
        if (colons < 3 || !IsBlank(line, line.Start + colons) || HasOpenInnerFence((ContainerBlock)block))
        {
            return BlockState.Continue;
        }

        var div = (FencedDivBlock)block;
        div.IsClosed = true;
        div.UpdateSpanEnd(line.End);
        return BlockState.BreakDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is FencedDivBlock finished)
        {
            finished.IsFinished = true;
        }

        if (block is FencedDivBlock { IsClosed: false } div)
        {
            MarkdownDiagnostics.Warning(processor.Document, MarkdownCodes.UnclosedDiv, div.Line, div.Column,
                $"the div opened here with '{new string(':', div.ColonCount)}' is never closed; add a ':::' line where it ends");
        }

        return true;
    }

    private FencedDivBlock Create(HtmlAttributes attributes, int line, int column)
    {
        foreach (var factory in _factories)
        {
            if (factory(this, attributes, line, column) is { } block)
            {
                return block;
            }
        }

        return new FencedDivBlock(this);
    }

    // A ':::' line inside an unfinished nested div or code/math block belongs to that block, not to us.
    // (Finished-ness is read from the blocks themselves: closing fences seen, or closed by Close.)
    private static bool HasOpenInnerFence(ContainerBlock container)
    {
        for (var last = container.LastChild; last is not null; last = (last as ContainerBlock)?.LastChild)
        {
            switch (last)
            {
                case FencedDivBlock div:
                    return !div.IsClosed && !div.IsFinished;
                case IFencedBlock fence:
                    return fence.ClosingFencedCharCount == 0;
                case IVerbatimBlock verbatim:
                    return verbatim.IsOpenForContent;
            }
        }

        return false;
    }

    private static int CountColons(StringSlice line)
    {
        var count = 0;
        for (var i = line.Start; i <= line.End && line.Text[i] == ':'; i++)
        {
            count++;
        }

        return count;
    }

    private static bool IsBlank(StringSlice line, int from)
    {
        for (var i = from; i <= line.End; i++)
        {
            if (!char.IsWhiteSpace(line.Text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
