using Book.Site.Markdown.Extensions.FencedDivs;
using Markdig;

namespace Book.Site.Markdown.Extensions.Figures;

public static class FigurePipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseQuartoFigures(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.UseFencedDivs();
        pipeline.Extensions.AddIfNotAlready<FigureExtension>();
        return pipeline;
    }
}
