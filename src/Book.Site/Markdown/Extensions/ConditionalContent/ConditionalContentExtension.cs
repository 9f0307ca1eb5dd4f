using Book.Site.Markdown.Extensions.FencedDivs;
using Book.Site.Markdown.Syntax;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.ConditionalContent;

/// <summary>Quarto conditional content, decided for one output format (<c>html</c> for the site).</summary>
public sealed class ConditionalContentExtension(string format) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddFencedDivFactory(Create);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlConditionalContentRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlConditionalContentRenderer());
        }
    }

    /// <summary>Quarto's rules: content-visible shows when <c>when-format</c> matches and <c>unless-format</c> does not; content-hidden is the reverse.</summary>
    public static bool IsVisible(HtmlAttributes attributes, string format)
    {
        var visibleClass = attributes.HasClass("content-visible");
        var when = attributes.Get("when-format");
        var unless = attributes.Get("unless-format");
        var matches = (when is null || Matches(when, format)) && (unless is null || !Matches(unless, format));
        return visibleClass ? matches : when is null && unless is null ? false : !matches;
    }

    // Quarto: "html" also covers html4/html5; formats compare case-insensitively.
    private static bool Matches(string wanted, string format) =>
        format.StartsWith(wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    private FencedDivBlock? Create(FencedDivParser parser, HtmlAttributes attributes, int line, int column)
    {
        if (!attributes.HasClass("content-visible") && !attributes.HasClass("content-hidden"))
        {
            return null;
        }

        var visible = IsVisible(attributes, format);
        return new ConditionalContentBlock(parser) { Visible = visible, RemoveAfterProcessInlines = !visible };
    }
}
