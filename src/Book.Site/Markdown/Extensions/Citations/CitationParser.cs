using Markdig.Helpers;
using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>
/// Parses Pandoc citations: bracketed <c>[prefix -@key suffix; …]</c> and narrative <c>@key</c>
/// (optionally followed by a locator in brackets: <c>@key [p. 33]</c>). Registered before Markdig's
/// link parser, which also opens on '['; the cross-reference parser runs before this one and takes
/// <c>@sec-…</c>/<c>[@fig-…]</c>, and this parser declines those ids so the order does not matter.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser()
    {
        OpeningCharacters = ['[', '@'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var limit = Math.Min(slice.End + 1, text.Length);
        List<CitationItem>? items;
        int end;
        var bracketed = slice.CurrentChar == '[';
        if (bracketed)
        {
            var close = text.IndexOf(']', start + 1, limit - start - 1);
            if (close < 0 || text.IndexOf('[', start + 1, close - start - 1) >= 0)
            {
                return false;
            }

            // "[@key](url)" is a link whose text happens to look like a citation.
            if (close + 1 < limit && text[close + 1] == '(')
            {
                return false;
            }

            items = ReadBracket(text, start + 1, close);
            end = close + 1;
        }
        else
        {
            items = ReadNarrative(text, start, limit, out end);
        }

        if (items is null)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        if (!processor.PreciseSourceLocation && processor.Block is { } block)
        {
            // Without precise locations Markdig knows only the block: report its line.
            (line, column) = (block.Line, block.Column);
        }

        processor.Inline = new CitationInline
        {
            Items = items,
            Bracketed = bracketed,
            Line = line,
            Column = column,
            Span = new(position, position + end - start - 1),
        };
        slice.Start = end;
        return true;
    }

    private static List<CitationItem>? ReadNarrative(string text, int at, int limit, out int end)
    {
        end = at;
        if (at > 0 && !CitationKey.MayStartAfter(text[at - 1]))
        {
            return null;
        }

        var keyEnd = CitationKey.Read(text, at + 1, limit);
        var key = text[(at + 1)..keyEnd];
        if (key.Length == 0 || CitationKey.IsCrossReference(key))
        {
            return null;
        }

        end = keyEnd;
        var suffix = string.Empty;
        // Pandoc: "@key [p. 33]" puts the locator in the narrative citation's parentheses.
        if (keyEnd + 1 < limit && text[keyEnd] == ' ' && text[keyEnd + 1] == '[')
        {
            var close = text.IndexOf(']', keyEnd + 2, limit - keyEnd - 2);
            if (close > 0 && text.IndexOfAny(['@', '['], keyEnd + 2, close - keyEnd - 2) < 0
                && (close + 1 >= limit || text[close + 1] is not ('(' or '[')))
            {
                suffix = text[(keyEnd + 2)..close];
                end = close + 1;
            }
        }

        return [new CitationItem { Key = key, Suffix = suffix }];
    }

    /// <summary>The items of "[see @a, p. 3; -@b]", or null when any part is not a citation.</summary>
    private static List<CitationItem>? ReadBracket(string text, int from, int close)
    {
        var items = new List<CitationItem>();
        var partStart = from;
        for (var i = from; i <= close; i++)
        {
            if (i < close && text[i] != ';')
            {
                continue;
            }

            var item = ReadItem(text, partStart, i);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            partStart = i + 1;
        }

        return items;
    }

    private static CitationItem? ReadItem(string text, int from, int to)
    {
        for (var at = from; at < to; at++)
        {
            if (text[at] != '@' || (at > from && !CitationKey.MayStartAfter(text[at - 1]) && text[at - 1] != '-'))
            {
                continue;
            }

            var keyEnd = CitationKey.Read(text, at + 1, to);
            var key = text[(at + 1)..keyEnd];
            if (key.Length == 0)
            {
                return null;
            }

            if (CitationKey.IsCrossReference(key))
            {
                return null; // "[@fig-x; @key]": not ours; the cross-reference parser has declined it too
            }

            var suppress = at > from && text[at - 1] == '-' && (at - 1 == from || char.IsWhiteSpace(text[at - 2]));
            var prefixEnd = suppress ? at - 1 : at;
            return new CitationItem
            {
                Key = key,
                Prefix = text[from..prefixEnd].Trim(),
                Suffix = text[keyEnd..to].TrimEnd(),
                SuppressAuthor = suppress,
            };
        }

        return null;
    }
}
