using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Syntax;

/// <summary>
/// Pandoc attribute lists <c>{#id .class key="value" key2=value}</c> and the shorthands of fenced
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

        var slice = new StringSlice(text);
        if (!GenericAttributesParser.TryParse(ref slice, out var parsed) || !slice.IsEmpty && !IsBlank(slice))
        {
            attributes = new HtmlAttributes();
            return false;
        }

        attributes = parsed;
        return true;
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

    private static bool IsBlank(StringSlice slice)
    {
        for (var i = slice.Start; i <= slice.End; i++)
        {
            if (!char.IsWhiteSpace(slice.Text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
