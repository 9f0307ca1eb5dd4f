using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>Turns the text of one shortcode into a call and looks it up, reporting unknown or misused ones.</summary>
internal static class ShortcodeResolver
{
    public static (ShortcodeCall? Call, IShortcode? Shortcode) Resolve(
        ShortcodeRegistry registry, MarkdownDocument document, string inner, bool isBlock, int line, int column)
    {
        if (!ShortcodeSyntax.TryParse(inner, out var name, out var arguments, out var named))
        {
            MarkdownDiagnostics.Warning(document, MarkdownCodes.BadShortcode, line, column,
                "a shortcode needs a name: write {{< name arguments >}}");
            return (null, null);
        }

        var call = new ShortcodeCall(name, arguments, named, isBlock, line, document);
        if (!registry.TryGet(name, out var shortcode))
        {
            MarkdownDiagnostics.Warning(document, MarkdownCodes.UnknownShortcode, line, column,
                $"unknown shortcode '{name}' (renders nothing); known: {string.Join(", ", registry.Names)}");
            return (call, null);
        }

        if (shortcode.Validate(call) is { } problem)
        {
            MarkdownDiagnostics.Warning(document, MarkdownCodes.BadShortcode, line, column, problem);
        }

        return (call, shortcode);
    }
}
