using Markdig;

namespace Book.Site.Markdown.Extensions.Tikz;

public static class TikzPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseTikz(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TikzExtension>();
        return pipeline;
    }
}
