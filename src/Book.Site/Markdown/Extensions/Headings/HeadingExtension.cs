using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Headings;

/// <summary>Headings rendered with their section numbers (see <see cref="HtmlNumberedHeadingRenderer"/>).</summary>
public sealed class HeadingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlNumberedHeadingRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HtmlNumberedHeadingRenderer());
        }
    }
}
