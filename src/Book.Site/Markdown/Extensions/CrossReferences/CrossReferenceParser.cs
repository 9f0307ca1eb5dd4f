using Book.Core.Model;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.CrossReferences;

/// <summary>
/// Recognises Quarto cross-references: <c>@sec-x</c> in running text and <c>[@fig-x]</c> /
/// <c>[@fig-a; @fig-b]</c> in brackets. Only ids with a label prefix (sec-, fig-, tbl-, lst-, eq-)
/// are taken; any other <c>@key</c> is left to the citation parser, which runs after this one.
/// </summary>
public sealed class CrossReferenceParser : InlineParser
{
    public CrossReferenceParser()
    {
        OpeningCharacters = ['@', '['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        List<string>? ids;
        int end;
        if (slice.CurrentChar == '@')
        {
            // Pandoc: a narrative reference must not follow a word character ("me@sec-x" is an address).
            var before = start > 0 ? text[start - 1] : ' ';
            if (char.IsLetterOrDigit(before) || before is '_' or '\\')
            {
                return false;
            }

            end = ReadId(text, start + 1, slice.End, out var id);
            if (id is null)
            {
                return false;
            }

            ids = [id];
        }
        else
        {
            var close = text.IndexOf(']', start);
            if (close < 0 || close > slice.End)
            {
                return false;
            }

            ids = ReadBracket(text, start + 1, close);
            if (ids is null)
            {
                return false;
            }

            end = close + 1;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CrossReferenceInline
        {
            Ids = ids,
            Bracketed = slice.CurrentChar == '[',
            Line = line,
            Column = column,
            Span = new(position, position + end - start - 1),
        };
        slice.Start = end;
        return true;
    }

    /// <summary>The ids of "@a; @b" between brackets, or null if anything else is there (a citation).</summary>
    private static List<string>? ReadBracket(string text, int from, int close)
    {
        var ids = new List<string>();
        foreach (var item in text[from..close].Split(';'))
        {
            var trimmed = item.Trim();
            if (trimmed.Length < 2 || trimmed[0] != '@')
            {
                return null;
            }

            var stop = ReadId(trimmed, 1, trimmed.Length - 1, out var id);
            if (id is null || stop != trimmed.Length)
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>Reads a label id from <paramref name="from"/>; returns the index after it. Trailing
    /// punctuation ('.', ':', '-') ends a sentence, not the id, as in Pandoc.</summary>
    public static int ReadId(string text, int from, int last, out string? id)
    {
        var i = from;
        while (i <= last && i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':' or '.'))
        {
            i++;
        }

        while (i > from && text[i - 1] is '.' or ':' or '-')
        {
            i--;
        }

        var candidate = text[from..i];
        id = Label.KindOf(candidate) is not null && candidate.Length > candidate.IndexOf('-') + 1 ? candidate : null;
        return i;
    }
}
