using Markdig;

namespace Book.Site.Markdown.Extensions.Shortcodes;

public static class ShortcodePipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseShortcodes(this MarkdownPipelineBuilder pipeline, ShortcodeRegistry registry)
    {
        if (!pipeline.Extensions.Contains<ShortcodeExtension>())
        {
            pipeline.Extensions.Add(new ShortcodeExtension(registry));
        }

        return pipeline;
    }
}
