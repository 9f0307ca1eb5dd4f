using Markdig.Helpers;
using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.RawContent;

/// <summary>
/// Pandoc raw inlines: a code span immediately followed by <c>{=format}</c>. Runs before the code span
/// parser; anything else is left to it.
/// </summary>
public sealed class RawInlineParser : InlineParser
{
    public RawInlineParser()
    {
        OpeningCharacters = ['`'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End;
        var ticks = 0;
        while (start + ticks <= end && text[start + ticks] == '`')
        {
            ticks++;
        }

        var fence = new string('`', ticks);
        var close = text.IndexOf(fence, start + ticks, StringComparison.Ordinal);
        while (close >= 0 && close + ticks <= end && text[close + ticks] == '`')
        {
            close = text.IndexOf(fence, close + ticks + 1, StringComparison.Ordinal);
        }

        if (close < 0 || close > end)
        {
            return false;
        }

        var after = close + ticks;
        if (after + 2 > end || text[after] != '{' || text[after + 1] != '=')
        {
            return false;
        }

        var braceClose = text.IndexOf('}', after);
        if (braceClose < 0 || braceClose > end)
        {
            return false;
        }

        var format = text[(after + 2)..braceClose].Trim();
        if (format.Length == 0 || format.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        var content = text[(start + ticks)..close];
        processor.Inline = new RawInline
        {
            // CommonMark code span rule: one leading and trailing space is stripped when both are present.
            Content = content.Length >= 2 && content[0] == ' ' && content[^1] == ' ' ? content[1..^1] : content,
            Format = format,
            Line = line,
            Column = column,
            Span = new(position, position + braceClose - start),
        };
        slice.Start = braceClose + 1;
        return true;
    }
}
