using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Syntax;

/// <summary>The plain text of inline Markdown (for alt text, link titles, label titles, search).</summary>
public static class InlineText
{
    public static string Of(Inline? inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString().Trim();
    }

    public static string Of(LeafBlock? block) => Of(block?.Inline);

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(text, child);
                }

                break;
            case IPlainText plain:
                text.Append(plain.PlainText);
                break;
        }
    }
}
