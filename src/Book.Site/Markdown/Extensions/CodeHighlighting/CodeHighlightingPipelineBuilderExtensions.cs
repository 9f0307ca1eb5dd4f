using Markdig;

namespace Book.Site.Markdown.Extensions.CodeHighlighting;

public static class CodeHighlightingPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseCodeHighlighting(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CodeHighlightingExtension>();
        return pipeline;
    }
}
