using Markdig;

namespace Book.Site.Markdown.Extensions.Citations;

public static class CitationPipelineBuilderExtensions
{
    /// <summary>
    /// Adds Pandoc citations. Not named <c>UseCitations</c>: Markdig already has an extension method of
    /// that name (for <c>""cite""</c> tags), and with <c>using Markdig;</c> the call would be ambiguous.
    /// </summary>
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CitationExtension>())
        {
            pipeline.Extensions.Add(new CitationExtension());
        }

        return pipeline;
    }
}
