using Book.Site.Markdown;
using Book.Site.Markdown.Extensions.CrossReferences;
using Markdig;
using Markdig.Extensions.GenericAttributes;

namespace Book.Site.Pipeline;

/// <summary>
/// The one Markdown pipeline of a build: <see cref="MarkdownPipelineFactory"/>'s, with the
/// cross-reference extension the numbering stages need. Built once per build (or once per
/// <c>book serve</c> session) and shared by every chapter.
/// </summary>
public static class CreateMarkdownPipeline
{
    public static MarkdownPipeline Run(MarkdownPipelineOptions? options = null)
    {
        var built = MarkdownPipelineFactory.Create(options);
        if (built.Extensions.Contains<CrossReferenceExtension>())
        {
            return built;
        }

        // The factory does not wire cross-references yet: rebuild from its extensions (their Setup
        // is idempotent), ours inserted before generic attributes, which must stay last.
        var builder = new MarkdownPipelineBuilder { PreciseSourceLocation = true };
        foreach (var extension in built.Extensions)
        {
            if (extension is GenericAttributesExtension)
            {
                builder.Extensions.Add(new CrossReferenceExtension());
            }

            builder.Extensions.Add(extension);
        }

        builder.UseCrossReferences();
        return builder.Build();
    }
}
