using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Syntax;

/// <summary>
/// Pandoc attribute lists (parsed here rather than by Markdig's generic attributes, which reject some
/// forms Pandoc accepts, such as one-letter classes) <c>{#id .class key="value" key2=value}</c> and the shorthands of fenced
/// divs and code blocks (<c>::: warning</c> = class, <c>```{python}</c> = language).
/// </summary>
public static class PandocAttributes
{
    /// <summary>Parses an attribute list; <paramref name="text"/> may or may not include the braces.</summary>
    public static bool TryParse(string text, out HtmlAttributes attributes)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            attributes = new HtmlAttributes();
            return true;
        }

        if (text[0] != '{')
        {
            // Pandoc: a bare word after ':::' is a class ("::: warning"); a bare word after ``` a language.
            attributes = new HtmlAttributes();
            if (text.Any(char.IsWhiteSpace) || text.Contains('{') || text.Contains('}'))
            {
                return false;
            }

            attributes.AddClass(text);
            return true;
        }

        attributes = new HtmlAttributes();
        if (text[^1] != '}')
        {
            return false;
        }

        var body = text[1..^1];
        var pos = 0;
        while (true)
        {
            while (pos < body.Length && char.IsWhiteSpace(body[pos]))
            {
                pos++;
            }

            if (pos >= body.Length)
            {
                return true;
            }

            var c = body[pos];
            if (c is '#' or '.')
            {
                var start = ++pos;
                while (pos < body.Length && !char.IsWhiteSpace(body[pos]))
                {
                    pos++;
                }

                if (pos == start)
                {
                    return false;
                }

                if (c == '#')
                {
                    attributes.Id = body[start..pos];
                }
                else
                {
                    attributes.AddClass(body[start..pos]);
                }

                continue;
            }

            var keyStart = pos;
            while (pos < body.Length && !char.IsWhiteSpace(body[pos]) && body[pos] != '=')
            {
                pos++;
            }

            var key = body[keyStart..pos];
            if (key.Length == 0 || key.IndexOfAny(['"', '\'', '{', '}']) >= 0)
            {
                return false;
            }

            if (pos >= body.Length || body[pos] != '=')
            {
                // Quarto: a bare key ({layout-narrow}, {python}) is a key without value.
                attributes.AddProperty(key, string.Empty);
                continue;
            }

            pos++;
            string value;
            if (pos < body.Length && body[pos] is '"' or '\'')
            {
                var quote = body[pos++];
                var valueText = new System.Text.StringBuilder();
                while (pos < body.Length && body[pos] != quote)
                {
                    if (body[pos] == '\\' && pos + 1 < body.Length && body[pos + 1] is '"' or '\'' or '\\')
                    {
                        pos++;
                    }

                    valueText.Append(body[pos++]);
                }

                if (pos >= body.Length)
                {
                    return false; // unterminated quote
                }

                pos++;
                value = valueText.ToString();
            }
            else
            {
                var valueStart = pos;
                while (pos < body.Length && !char.IsWhiteSpace(body[pos]))
                {
                    pos++;
                }

                value = body[valueStart..pos];
            }

            attributes.AddProperty(key, value);
        }
    }

    /// <summary>The value of attribute <paramref name="name"/>, or null.</summary>
    public static string? Get(this HtmlAttributes attributes, string name)
    {
        if (attributes.Properties is null)
        {
            return null;
        }

        foreach (var property in attributes.Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    public static bool HasClass(this HtmlAttributes attributes, string name) =>
        attributes.Classes is not null && attributes.Classes.Contains(name);

}
