using Book.Site.Markdown.Syntax;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.FencedDivs;

/// <summary>Pandoc fenced divs <c>::: {…}</c>; other extensions register div kinds on its parser.</summary>
public sealed class FencedDivExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<FencedDivParser>())
        {
            pipeline.BlockParsers.Insert(0, new FencedDivParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlFencedDivRenderer>();
            html.ObjectRenderers.AddIfNotAlready<HtmlCaptionBlockRenderer>();
        }
    }
}
