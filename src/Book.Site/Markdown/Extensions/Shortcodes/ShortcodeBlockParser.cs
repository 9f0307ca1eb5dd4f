using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>Opens a <see cref="ShortcodeBlock"/> for a line that holds one shortcode and nothing else.</summary>
public sealed class ShortcodeBlockParser : BlockParser
{
    private readonly ShortcodeRegistry _registry;

    public ShortcodeBlockParser(ShortcodeRegistry registry)
    {
        _registry = registry;
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text;
        var start = line.Start;
        if (string.CompareOrdinal(text, start, ShortcodeSyntax.Open, 0, ShortcodeSyntax.Open.Length) != 0)
        {
            return BlockState.None;
        }

        var close = ShortcodeSyntax.FindClose(text, start);
        if (close < 0 || close > line.End)
        {
            return BlockState.None;
        }

        for (var i = close + ShortcodeSyntax.Close.Length; i <= line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return BlockState.None; // more text follows: an inline shortcode inside a paragraph
            }
        }

        var inner = text.Substring(start + ShortcodeSyntax.Open.Length, close - start - ShortcodeSyntax.Open.Length);
        var (call, shortcode) = ShortcodeResolver.Resolve(
            _registry, processor.Document, inner, isBlock: true, processor.LineIndex, processor.Column);
        if (call is null)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new ShortcodeBlock(this)
        {
            Call = call,
            Shortcode = shortcode,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new(start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}
