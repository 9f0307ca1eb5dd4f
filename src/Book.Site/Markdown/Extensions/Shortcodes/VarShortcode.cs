using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary><c>{{&lt; var key.sub &gt;}}</c>: a value from the book's variables, as escaped text.</summary>
public sealed class VarShortcode(IReadOnlyDictionary<string, string> variables) : IShortcode
{
    public string Name => "var";

    public string? Validate(ShortcodeCall call) =>
        call.Arguments.Count != 1 ? "'var' takes one argument, the variable name: {{< var name >}}"
        : variables.ContainsKey(call.Arguments[0]) ? null
        : $"unknown variable '{call.Arguments[0]}'; define it in the book's variables";

    public void Render(HtmlRenderer renderer, ShortcodeCall call)
    {
        if (variables.TryGetValue(call.Argument(0), out var value))
        {
            renderer.WriteEscape(value);
        }
    }
}
