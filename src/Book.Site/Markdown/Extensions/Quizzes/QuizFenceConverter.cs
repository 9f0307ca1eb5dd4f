using Book.Core.Diagnostics;
using Book.Site.Quizzes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Quizzes;

/// <summary>
/// Replaces every <c>```quiz</c> fenced block by a <see cref="QuizBlock"/> read from its YAML; problems are
/// reported on the document (<see cref="MarkdownDiagnostics"/>) at their line in the Markdown file.
/// </summary>
public static class QuizFenceConverter
{
    public static void Convert(MarkdownDocument document)
    {
        var fences = document.Descendants<FencedCodeBlock>()
            .Where(f => string.Equals(f.Info?.Trim(), "quiz", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (fences.Count == 0)
        {
            return;
        }

        var ids = new QuizIdAllocator(document);
        foreach (var fence in fences)
        {
            var diagnostics = new List<Diagnostic>();
            // Markdig lines are 0-based and the YAML starts on the line after the fence.
            var quiz = QuizYamlReader.Read(fence.Lines.ToString(), "", fence.Line + 2, ids.Next(fence), diagnostics);
            foreach (var d in diagnostics)
            {
                MarkdownDiagnostics.Report(document, d.Severity, d.Code, d.Line - 1, Math.Max(d.Column - 1, 0), d.Message);
            }

            var parent = fence.Parent!;
            var index = parent.IndexOf(fence);
            parent.RemoveAt(index);
            parent.Insert(index, new QuizBlock(quiz with { Line = fence.Line + 1 }) { Span = fence.Span, Column = fence.Column });
        }
    }

    /// <summary>Quiz ids follow the section they close (<c>quiz-sec-x</c>) so saved progress survives edits elsewhere.</summary>
    internal sealed class QuizIdAllocator(MarkdownDocument document)
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string Next(Block block)
        {
            var heading = document.Descendants<HeadingBlock>()
                .Where(h => h.Line < block.Line)
                .LastOrDefault();
            var baseId = "quiz-" + (heading?.GetAttributes().Id ?? "top");
            var id = baseId;
            for (var n = 2; !_used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }
            return id;
        }
    }
}
