using Markdig;

namespace Book.Site.Markdown.Extensions.Citations;

public static class CitationPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseCitations(this MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CitationExtension>())
        {
            pipeline.Extensions.Add(new CitationExtension());
        }

        return pipeline;
    }
}
