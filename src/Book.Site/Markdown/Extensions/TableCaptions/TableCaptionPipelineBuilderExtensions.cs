using Markdig;

namespace Book.Site.Markdown.Extensions.TableCaptions;

public static class TableCaptionPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseTableCaptions(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TableCaptionExtension>();
        return pipeline;
    }
}
