using Markdig.Helpers;
using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.Mathematics;

/// <summary>
/// Pandoc's <c>tex_math_dollars</c>: the opening <c>$</c> must have a non-space right after it, the closing
/// <c>$</c> a non-space right before it and no digit right after it (so "$5 and $10" stays text);
/// <c>\$</c> is a literal dollar (Markdig's escape parser runs first); <c>$$…$$</c> is display math.
/// </summary>
public sealed class MathInlineParser : InlineParser
{
    public MathInlineParser()
    {
        OpeningCharacters = ['$'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End;
        var display = start + 1 <= end && text[start + 1] == '$';
        var contentStart = start + (display ? 2 : 1);
        if (contentStart > end || !display && char.IsWhiteSpace(text[contentStart]))
        {
            return false;
        }

        var close = FindClose(text, contentStart, end, display);
        if (close < 0)
        {
            return false;
        }

        var content = text[contentStart..close];
        if (display)
        {
            content = content.Trim();
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        var length = close + (display ? 2 : 1) - start;
        processor.Inline = new MathInline
        {
            Content = content,
            IsDisplay = display,
            Line = line,
            Column = column,
            Span = new(position, position + length - 1),
        };
        slice.Start = start + length;
        return true;
    }

    private static int FindClose(string text, int from, int end, bool display)
    {
        for (var i = from; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++; // "\$" and "\\" inside math are TeX, never the closing dollar
                continue;
            }

            if (c != '$')
            {
                continue;
            }

            if (display)
            {
                if (i + 1 <= end && text[i + 1] == '$' && i > from)
                {
                    return i;
                }

                continue;
            }

            if (!char.IsWhiteSpace(text[i - 1]) && (i + 1 > end || !char.IsAsciiDigit(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
