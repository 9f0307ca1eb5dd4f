using Markdig;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.CrossReferences;

/// <summary>Quarto cross-references (<c>@fig-x</c>, <c>[@sec-x]</c>); resolved after numbering by the ResolveReferences stage.</summary>
public sealed class CrossReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CrossReferenceParser>())
        {
            // First of all inline parsers: '[' would otherwise open a link and '@' a citation.
            pipeline.InlineParsers.Insert(0, new CrossReferenceParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlCrossReferenceRenderer>();
        }
    }
}
