using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>Replaces Markdig's code block renderer with the build-time highlighter.</summary>
public sealed class CodeHighlightingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlHighlightedCodeRenderer>())
        {
            html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new HtmlHighlightedCodeRenderer());
        }
    }
}
