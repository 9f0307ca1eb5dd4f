using Book.Site.Markdown.Extensions.Shortcodes;

namespace Book.Site.Markdown;

/// <summary>What the one Markdown pipeline is built with. Everything here is read-only once built.</summary>
public sealed record MarkdownPipelineOptions
{
    /// <summary>The known shortcodes (<c>{{&lt; name args &gt;}}</c>); the lead registers <c>exercise</c> here.</summary>
    public ShortcodeRegistry Shortcodes { get; init; } = ShortcodeRegistry.CreateDefault();

    /// <summary>The output format, for <c>.content-visible when-format=...</c> and raw blocks <c>{=html}</c>.</summary>
    public string OutputFormat { get; init; } = "html";
}
