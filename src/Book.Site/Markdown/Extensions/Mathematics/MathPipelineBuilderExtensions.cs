using Markdig;

namespace Book.Site.Markdown.Extensions.Mathematics;

public static class MathPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseQuartoMath(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<MathExtension>();
        return pipeline;
    }
}
