using Markdig.Helpers;
using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>Parses <c>{{&lt; name args &gt;}}</c> inside a paragraph into a <see cref="ShortcodeInline"/>.</summary>
public sealed class ShortcodeInlineParser : InlineParser
{
    private readonly ShortcodeRegistry _registry;

    public ShortcodeInlineParser(ShortcodeRegistry registry)
    {
        _registry = registry;
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (string.CompareOrdinal(text, start, ShortcodeSyntax.Open, 0, ShortcodeSyntax.Open.Length) != 0)
        {
            return false;
        }

        var close = ShortcodeSyntax.FindClose(text, start);
        if (close < 0 || close > slice.End)
        {
            return false;
        }

        var inner = text.Substring(start + ShortcodeSyntax.Open.Length, close - start - ShortcodeSyntax.Open.Length);
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var (call, shortcode) = ShortcodeResolver.Resolve(_registry, processor.Document, inner, isBlock: false, line, column);
        if (call is null)
        {
            return false;
        }

        var end = close + ShortcodeSyntax.Close.Length;
        processor.Inline = new ShortcodeInline
        {
            Call = call,
            Shortcode = shortcode,
            Line = line,
            Column = column,
            Span = new(position, position + end - start - 1),
        };
        slice.Start = end;
        return true;
    }
}
