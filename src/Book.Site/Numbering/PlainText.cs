using System.Buffers;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Numbering;

/// <summary>The plain text of inlines and blocks (titles, captions, search bodies): markup dropped.</summary>
public static class PlainText
{
    public static string Of(MarkdownObject? node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return Collapse(builder.ToString());
    }

    public static void Append(MarkdownObject? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlInline or HtmlEntityInline:
                if (node is HtmlEntityInline entity)
                {
                    builder.Append(entity.Transcoded.AsSpan());
                }

                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
            case LeafBlock leaf:
                if (leaf.Inline is not null)
                {
                    Append(leaf.Inline, builder);
                }
                else if (leaf is CodeBlock code && leaf.Lines.Count > 0)
                {
                    builder.Append(leaf.Lines.ToString());
                }

                builder.Append(' ');
                break;
            case ContainerBlock blocks:
                foreach (var child in blocks)
                {
                    Append(child, builder);
                }

                break;
            default:
                break;
        }
    }

    // Every char for which char.IsWhiteSpace is true.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>
    /// Each run of white space becomes one space; none at either end. Word by word (vectorised searches),
    /// not char by char: search bodies are megabytes of text per build.
    /// </summary>
    public static string Collapse(string text)
    {
        var rest = text.AsSpan();
        var first = rest.IndexOfAny(WhiteSpace);
        if (first < 0)
        {
            return text;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            while (true)
            {
                var start = rest.IndexOfAnyExcept(WhiteSpace);
                if (start < 0)
                {
                    break;
                }

                rest = rest[start..];
                var end = rest.IndexOfAny(WhiteSpace);
                var word = end < 0 ? rest : rest[..end];
                if (length > 0)
                {
                    buffer[length++] = ' ';
                }

                word.CopyTo(buffer.AsSpan(length));
                length += word.Length;
                if (end < 0)
                {
                    break;
                }

                rest = rest[end..];
            }

            // Already collapsed (one plain space between words): the text itself, no copy.
            return buffer.AsSpan(0, length).SequenceEqual(text) ? text : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
