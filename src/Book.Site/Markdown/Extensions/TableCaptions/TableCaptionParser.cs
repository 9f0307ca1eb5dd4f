using Book.Site.Markdown.Syntax;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.TableCaptions;

/// <summary>Parses caption lines <c>: Caption {#tbl-x}</c>; the caption runs to the next blank line.</summary>
public sealed class TableCaptionParser : BlockParser
{
    private static readonly string[] Markers = [": ", "Table: "];

    public TableCaptionParser()
    {
        OpeningCharacters = [':', 'T'];
    }

    // A caption may follow a pipe table without a blank line; other paragraphs keep a ": " line as text.
    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is not ParagraphBlock paragraph
        || paragraph.Lines.Count > 0 && paragraph.Lines.Lines[0].Slice.ToString().TrimStart().StartsWith('|');

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var marker = Markers.FirstOrDefault(m => line.Length > m.Length && string.CompareOrdinal(line.Text, line.Start, m, 0, m.Length) == 0);
        if (marker is null)
        {
            return BlockState.None;
        }

        var caption = new TableCaptionBlock(this)
        {
            Marker = marker,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        // The rest of the line after the marker is appended by the processor, as for a paragraph.
        processor.GoToColumn(processor.Column + marker.Length);
        processor.NewBlocks.Push(caption);
        return BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.BreakDiscard;
        }

        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var caption = (TableCaptionBlock)block;
        var lines = caption.Lines;
        if (lines.Count == 0)
        {
            return true;
        }

        // Trailing "{#tbl-x .class}" on the last line: the caption's attributes, not its text.
        ref var last = ref lines.Lines[lines.Count - 1];
        var text = last.Slice.ToString();
        var trimmed = text.TrimEnd();
        var open = trimmed.LastIndexOf('{');
        if (trimmed.EndsWith('}') && open >= 0 && PandocAttributes.TryParse(trimmed[open..], out HtmlAttributes attributes))
        {
            caption.SetAttributes(attributes);
            last.Slice = new StringSlice(last.Slice.Text, last.Slice.Start, last.Slice.Start + text[..open].TrimEnd().Length - 1);
        }

        return true;
    }
}
