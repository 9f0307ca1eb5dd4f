using Markdig;

namespace Book.Site.Markdown.Extensions.SourceChecks;

public static class SourceCheckPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseSourceChecks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SourceCheckExtension>();
        return pipeline;
    }
}
