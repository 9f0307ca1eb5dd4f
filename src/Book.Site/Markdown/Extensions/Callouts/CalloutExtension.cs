using Book.Site.Markdown.Extensions.FencedDivs;
using Book.Site.Markdown.Syntax;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Callouts;

/// <summary>Claims fenced divs with a <c>.callout-*</c> class; their <c>title</c> is parsed as Markdown.</summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    private const string Prefix = "callout-";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddFencedDivFactory(Create);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCalloutRenderer>())
        {
            // Before the plain div renderer, which would also accept this derived block.
            html.ObjectRenderers.Insert(0, new HtmlCalloutRenderer());
        }
    }

    private static FencedDivBlock? Create(FencedDivParser parser, HtmlAttributes attributes, int line, int column)
    {
        var kind = attributes.Classes?.FirstOrDefault(c => c.StartsWith(Prefix, StringComparison.Ordinal) && c.Length > Prefix.Length);
        if (kind is null)
        {
            return null;
        }

        var callout = new CalloutBlock(parser)
        {
            Kind = kind[Prefix.Length..],
            Collapsed = attributes.Get("collapse") switch
            {
                "true" => true,
                "false" => false,
                _ => null,
            },
        };
        if (attributes.Get("title") is { Length: > 0 } title)
        {
            callout.Add(CaptionBlock.Create(parser, title, line, column));
        }

        return callout;
    }
}
