using Markdig;

namespace Book.Site.Markdown.Extensions.Listings;

public static class ListingPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseListings(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ListingExtension>();
        return pipeline;
    }
}
