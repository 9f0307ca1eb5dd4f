using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Tikz;

/// <summary>TikZ blocks: placeholder figures and a warning (the site has no LaTeX).</summary>
public sealed class TikzExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<TikzParser>())
        {
            var index = pipeline.BlockParsers.FindIndex(p => p is FencedCodeBlockParser);
            pipeline.BlockParsers.Insert(index >= 0 ? index : 0, new TikzParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTikzRenderer>())
        {
            // Before the code block renderer, which would accept this derived block too.
            html.ObjectRenderers.Insert(0, new HtmlTikzRenderer());
        }
    }
}
