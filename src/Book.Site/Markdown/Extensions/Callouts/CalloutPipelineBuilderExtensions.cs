using Book.Site.Markdown.Extensions.FencedDivs;
using Markdig;

namespace Book.Site.Markdown.Extensions.Callouts;

public static class CalloutPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.UseFencedDivs();
        pipeline.Extensions.AddIfNotAlready<CalloutExtension>();
        return pipeline;
    }
}
