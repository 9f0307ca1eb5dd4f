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

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
