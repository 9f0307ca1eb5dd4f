using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.RawContent;

/// <summary>Pandoc raw attributes <c>{=format}</c> on fenced blocks and code spans.</summary>
public sealed class RawContentExtension(string format) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<RawBlockParser>())
        {
            var index = pipeline.BlockParsers.FindIndex(p => p is FencedCodeBlockParser);
            pipeline.BlockParsers.Insert(index >= 0 ? index : 0, new RawBlockParser());
        }

        if (!pipeline.InlineParsers.Contains<RawInlineParser>())
        {
            var index = pipeline.InlineParsers.FindIndex(p => p is CodeInlineParser);
            pipeline.InlineParsers.Insert(index >= 0 ? index : 0, new RawInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlRawBlockRenderer>())
        {
            // Before the code block renderer, which would accept this derived block too.
            html.ObjectRenderers.Insert(0, new HtmlRawBlockRenderer(format));
            html.ObjectRenderers.Add(new HtmlRawInlineRenderer(format));
        }
    }
}
