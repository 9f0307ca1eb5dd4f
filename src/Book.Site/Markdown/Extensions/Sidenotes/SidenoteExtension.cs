using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Sidenotes;

/// <summary>Footnotes (Markdig's parser) rendered as sidenotes plus an end-of-page list.</summary>
public sealed class SidenoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlSidenoteLinkRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new HtmlSidenoteLinkRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new HtmlFootnoteSectionRenderer());
        }
    }
}
