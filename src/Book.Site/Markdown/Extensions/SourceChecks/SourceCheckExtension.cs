using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.SourceChecks;

/// <summary>
/// Checks that need the whole parsed document: code fences never closed, element ids used twice on the
/// page, and footnote references with no definition (Markdig leaves them as literal text).
/// Add it after the extensions that move ids (figures, table captions, listings).
/// </summary>
public sealed partial class SourceCheckExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Check;
        pipeline.DocumentProcessed += Check;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Check(MarkdownDocument document)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in document.Descendants())
        {
            if (node is FencedCodeBlock { ClosingFencedCharCount: 0 } fence)
            {
                MarkdownDiagnostics.Warning(document, MarkdownCodes.UnclosedCodeFence, fence.Line, fence.Column,
                    $"the code block opened here with '{new string(fence.FencedChar, fence.OpeningFencedCharCount)}' is never closed; it runs to the end of the file. Add the closing fence");
            }

            if (node.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                if (ids.TryGetValue(id, out var firstLine))
                {
                    MarkdownDiagnostics.Warning(document, MarkdownCodes.DuplicateId, node.Line, node.Column,
                        $"the id '{id}' is already used on line {firstLine + 1}; ids must be unique on a page, rename one");
                }
                else
                {
                    ids[id] = node.Line;
                }
            }

            if (node is LeafBlock { Inline: { } inline } leaf && HasCaret(inline))
            {
                // The link parser splits "[^x]" into several literals: look at the block's literal text.
                var text = string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                foreach (Match match in FootnoteReference().Matches(text))
                {
                    MarkdownDiagnostics.Warning(document, MarkdownCodes.UnknownFootnote, leaf.Line, leaf.Column,
                        $"footnote '{match.Value}' has no definition; add a line '{match.Value}: text'");
                }
            }
        }
    }

    /// <summary>Most blocks hold no '^' at all: they are skipped without building their text.</summary>
    private static bool HasCaret(ContainerInline inline)
    {
        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            if (literal.Content.AsSpan().Contains('^'))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex FootnoteReference();
}
