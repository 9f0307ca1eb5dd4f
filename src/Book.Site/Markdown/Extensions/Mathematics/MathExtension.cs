using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Mathematics;

/// <summary>TeX math with Pandoc's dollar rules; emitted for KaTeX (no rendering at build time).</summary>
public sealed class MathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DisplayMathParser>())
        {
            pipeline.BlockParsers.Insert(0, new DisplayMathParser());
        }

        if (!pipeline.InlineParsers.Contains<MathInlineParser>())
        {
            // After the escape parser (so "\$" is a dollar), before literal text.
            var index = pipeline.InlineParsers.FindIndex(p => p is EscapeInlineParser);
            pipeline.InlineParsers.Insert(index >= 0 ? index + 1 : 0, new MathInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlDisplayMathRenderer>();
            html.ObjectRenderers.AddIfNotAlready<HtmlMathInlineRenderer>();
        }
    }
}
