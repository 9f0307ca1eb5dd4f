using Markdig;

namespace Book.Site.Markdown.Extensions.Headings;

public static class HeadingPipelineBuilderExtensions
{
    /// <summary>Prints section numbers in body headings (<c>&lt;span class="header-section-number"&gt;</c>).</summary>
    public static MarkdownPipelineBuilder UseNumberedHeadings(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingExtension>();
        return pipeline;
    }
}
