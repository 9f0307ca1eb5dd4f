using System.Text;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>
/// Reads the text between <c>{{&lt;</c> and <c>&gt;}}</c>: a name, then arguments separated by spaces,
/// each bare, <c>"double quoted"</c>, <c>'single quoted'</c> or <c>key=value</c> (Hugo/Quarto rules).
/// </summary>
public static class ShortcodeSyntax
{
    public const string Open = "{{<";
    public const string Close = ">}}";

    /// <summary>Finds the end of a shortcode starting at <paramref name="start"/> (which points at "{{&lt;"); -1 if none on this text.</summary>
    public static int FindClose(string text, int start)
    {
        var quote = '\0';
        for (var i = start + Open.Length; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && i + 1 < text.Length)
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '\n')
            {
                return -1;
            }
            else if (string.CompareOrdinal(text, i, Close, 0, Close.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits the inside of a shortcode into name, positional and named arguments; false if there is no name.</summary>
    public static bool TryParse(string inner, out string name, out List<string> arguments, out Dictionary<string, string> named)
    {
        arguments = [];
        named = new Dictionary<string, string>(StringComparer.Ordinal);
        name = string.Empty;
        var pos = 0;
        var first = true;
        while (true)
        {
            while (pos < inner.Length && char.IsWhiteSpace(inner[pos]))
            {
                pos++;
            }

            if (pos >= inner.Length)
            {
                return name.Length > 0;
            }

            string? key = null;
            string value;
            var quoted = inner[pos] is '"' or '\'';
            if (quoted)
            {
                value = ReadQuoted(inner, ref pos);
            }
            else
            {
                var start = pos;
                while (pos < inner.Length && !char.IsWhiteSpace(inner[pos]) && inner[pos] != '=')
                {
                    pos++;
                }

                value = inner[start..pos];
                if (pos < inner.Length && inner[pos] == '=')
                {
                    key = value;
                    pos++;
                    value = pos < inner.Length && inner[pos] is '"' or '\'' ? ReadQuoted(inner, ref pos) : ReadBare(inner, ref pos);
                }
            }

            if (first)
            {
                if (quoted || key is not null)
                {
                    return false;
                }

                name = value;
                first = false;
            }
            else if (key is not null)
            {
                named[key] = value;
            }
            else
            {
                arguments.Add(value);
            }
        }
    }

    private static string ReadBare(string text, ref int pos)
    {
        var start = pos;
        while (pos < text.Length && !char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        return text[start..pos];
    }

    private static string ReadQuoted(string text, ref int pos)
    {
        var quote = text[pos++];
        var value = new StringBuilder();
        while (pos < text.Length && text[pos] != quote)
        {
            if (text[pos] == '\\' && pos + 1 < text.Length && text[pos + 1] == quote)
            {
                pos++;
            }

            value.Append(text[pos++]);
        }

        pos++; // the closing quote (or past the end when unterminated: the value runs to the end)
        return value.ToString();
    }
}
