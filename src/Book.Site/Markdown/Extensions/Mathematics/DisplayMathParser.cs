using Book.Site.Markdown.Syntax;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Mathematics;

/// <summary>
/// Parses display math that starts a line with <c>$$</c> and ends at a line ending in <c>$$</c>, optionally
/// followed by <c>{#eq-x}</c> (Quarto's equation label). <c>$$…$$</c> followed by more text on the same
/// line is left to the inline parser, as Pandoc treats it as math inside the paragraph.
/// </summary>
public sealed class DisplayMathParser : BlockParser
{
    public DisplayMathParser()
    {
        OpeningCharacters = ['$'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line;
        if (processor.IsCodeIndent || line.Length < 2 || line.PeekChar(1) != '$')
        {
            return BlockState.None;
        }

        var text = line.Text.Substring(line.Start + 2, line.End - line.Start - 1);
        var block = new DisplayMathBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        var close = text.IndexOf("$$", StringComparison.Ordinal);
        if (close >= 0)
        {
            // One line: "$$ x = y $$ {#eq-x}". Anything else after the closing $$ makes it inline math.
            if (!TryReadLabel(text[(close + 2)..], block))
            {
                return BlockState.None;
            }

            Append(block, text[..close], processor);
            block.IsClosed = true;
            processor.NewBlocks.Push(block);
            return BlockState.BreakDiscard;
        }

        Append(block, text, processor);
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (DisplayMathBlock)block;
        if (processor.IsBlankLine)
        {
            // TeX display math cannot hold a blank line: stop here (Close reports it) rather than eat the chapter.
            return BlockState.Break;
        }

        var line = processor.Line;
        var text = line.ToString();
        var close = text.IndexOf("$$", StringComparison.Ordinal);
        if (close < 0)
        {
            Append(math, text, processor);
            return BlockState.ContinueDiscard;
        }

        if (!TryReadLabel(text[(close + 2)..], math))
        {
            // "$$ where x is …": the math ends here and the rest of the line is prose, parsed as a new block.
            Append(math, text[..close], processor);
            math.IsClosed = true;
            math.UpdateSpanEnd(line.End);
            processor.GoToColumn(processor.Column + close + 2);
            return BlockState.Break;
        }

        Append(math, text[..close], processor);
        math.IsClosed = true;
        math.UpdateSpanEnd(line.End);
        return BlockState.BreakDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        ((DisplayMathBlock)block).IsFinished = true;
        if (block is DisplayMathBlock { IsClosed: false } math)
        {
            MarkdownDiagnostics.Warning(processor.Document, MarkdownCodes.UnclosedMath, math.Line, math.Column,
                "display math opened here with '$$' is not closed before a blank line or the end; end it with a line ending in '$$'");
        }

        return true;
    }

    private static bool TryReadLabel(string rest, DisplayMathBlock block)
    {
        rest = rest.Trim();
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] != '{' || !PandocAttributes.TryParse(rest, out HtmlAttributes attributes))
        {
            return false;
        }

        block.SetAttributes(attributes);
        return true;
    }

    private static void Append(DisplayMathBlock block, string text, BlockProcessor processor)
    {
        if (text.Trim().Length == 0)
        {
            return;
        }

        var slice = new StringSlice(text.Trim());
        block.AppendLine(ref slice, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, false);
    }
}
