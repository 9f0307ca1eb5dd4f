using Markdig;

namespace Book.Site.Markdown.Extensions.CrossReferences;

public static class CrossReferencePipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseCrossReferences(this MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CrossReferenceExtension>())
        {
            pipeline.Extensions.Add(new CrossReferenceExtension());
        }

        return pipeline;
    }
}
