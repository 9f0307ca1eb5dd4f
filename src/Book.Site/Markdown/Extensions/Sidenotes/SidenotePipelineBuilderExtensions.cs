using Markdig;

namespace Book.Site.Markdown.Extensions.Sidenotes;

public static class SidenotePipelineBuilderExtensions
{
    /// <summary>Footnotes as sidenotes. Add after <c>UseFootnotes()</c> (it also adds footnotes itself).</summary>
    public static MarkdownPipelineBuilder UseSidenotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.UseFootnotes();
        pipeline.Extensions.AddIfNotAlready<SidenoteExtension>();
        return pipeline;
    }
}
