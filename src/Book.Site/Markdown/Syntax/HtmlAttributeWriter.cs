using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Syntax;

/// <summary>
/// Writes Pandoc attributes as HTML the way Pandoc's HTML writer does: id, classes, then key-value pairs,
/// where keys that are not HTML attributes become <c>data-key</c> (so <c>when-format</c> stays valid HTML).
/// </summary>
public static class HtmlAttributeWriter
{
    private static readonly HashSet<string> HtmlNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "lang", "dir", "role", "style", "width", "height", "hidden", "tabindex", "alt", "loading", "open",
    };

    /// <summary>Writes <c> id="…" class="…" key="…"</c> (leading space included), skipping the keys <paramref name="skip"/> names.</summary>
    public static void Write(HtmlRenderer renderer, HtmlAttributes? attributes, string? extraClass = null, Func<string, bool>? skip = null, bool writeId = true)
    {
        if (writeId && attributes?.Id is { Length: > 0 } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }

        var classes = attributes?.Classes;
        if (extraClass is not null || classes is { Count: > 0 })
        {
            renderer.Write(" class=\"");
            var first = true;
            if (extraClass is not null)
            {
                renderer.WriteEscape(extraClass);
                first = false;
            }

            foreach (var cls in classes ?? [])
            {
                if (!first)
                {
                    renderer.Write(' ');
                }

                renderer.WriteEscape(cls);
                first = false;
            }

            renderer.Write('"');
        }

        foreach (var property in attributes?.Properties ?? [])
        {
            if (skip?.Invoke(property.Key) == true || !IsValidName(property.Key))
            {
                continue;
            }

            renderer.Write(' ').Write(HtmlName(property.Key)).Write("=\"").WriteEscape(property.Value ?? string.Empty).Write('"');
        }
    }

    /// <summary>The HTML attribute name for a Pandoc key: itself when HTML knows it, else <c>data-key</c>.</summary>
    public static string HtmlName(string key) =>
        HtmlNames.Contains(key) || key.StartsWith("data-", StringComparison.Ordinal) || key.StartsWith("aria-", StringComparison.Ordinal)
            ? key
            : "data-" + key;

    private static bool IsValidName(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
