using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>
/// <c>{{&lt; meta key &gt;}}</c>: a top-level scalar of the page's front matter, as escaped text.
/// Only simple <c>key: value</c> lines are read; nested keys render nothing (and are reported).
/// </summary>
public sealed class MetaShortcode : IShortcode
{
    public string Name => "meta";

    public string? Validate(ShortcodeCall call) =>
        call.Arguments.Count != 1 ? "'meta' takes one argument, the front matter key: {{< meta title >}}"
        : call.Document is null || Lookup(call.Document, call.Arguments[0]) is not null ? null
        : $"the front matter has no top-level key '{call.Arguments[0]}'";

    public void Render(HtmlRenderer renderer, ShortcodeCall call)
    {
        if (call.Document is not null && Lookup(call.Document, call.Argument(0)) is { } value)
        {
            renderer.WriteEscape(value);
        }
    }

    private static string? Lookup(MarkdownDocument document, string key)
    {
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock front)
        {
            return null;
        }

        foreach (var line in front.Lines.Lines)
        {
            var text = line.Slice.ToString();
            if (text.StartsWith(key + ":", StringComparison.Ordinal))
            {
                var value = text[(key.Length + 1)..].Trim();
                if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
                {
                    value = value[1..^1];
                }

                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }
}
