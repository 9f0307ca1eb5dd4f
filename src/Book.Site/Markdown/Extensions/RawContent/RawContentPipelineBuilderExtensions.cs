using Markdig;

namespace Book.Site.Markdown.Extensions.RawContent;

public static class RawContentPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseRawContent(this MarkdownPipelineBuilder pipeline, string format = "html")
    {
        if (!pipeline.Extensions.Contains<RawContentExtension>())
        {
            pipeline.Extensions.Add(new RawContentExtension(format));
        }

        return pipeline;
    }
}
