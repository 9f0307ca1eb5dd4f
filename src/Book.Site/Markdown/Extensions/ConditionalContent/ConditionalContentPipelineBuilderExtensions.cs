using Book.Site.Markdown.Extensions.FencedDivs;
using Markdig;

namespace Book.Site.Markdown.Extensions.ConditionalContent;

public static class ConditionalContentPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseConditionalContent(this MarkdownPipelineBuilder pipeline, string format = "html")
    {
        pipeline.UseFencedDivs();
        if (!pipeline.Extensions.Contains<ConditionalContentExtension>())
        {
            pipeline.Extensions.Add(new ConditionalContentExtension(format));
        }

        return pipeline;
    }
}
