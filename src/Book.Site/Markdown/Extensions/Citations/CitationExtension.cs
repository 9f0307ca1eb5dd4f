using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>Pandoc citations (<c>[@key]</c>, <c>@key</c>); resolved against BibTeX by <see cref="ResolveCitations"/>.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<CitationParser>())
        {
            return;
        }

        // Before the link parser, which would otherwise take every '['. The cross-reference parser
        // inserts itself at index 0, ahead of this one, whatever the order of the Use… calls.
        if (!pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser()))
        {
            pipeline.InlineParsers.Add(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlCitationRenderer>();
        }
    }
}
