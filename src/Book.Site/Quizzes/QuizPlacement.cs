using Book.Core.Diagnostics;
using Book.Site.Markdown.Extensions.Quizzes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Quizzes;

/// <summary>
/// Puts the quizzes of a <c>_quizzes.json</c> file into a chapter's syntax tree: each at the end of the
/// section whose heading has its id (before the next heading of the same or a higher level), so a
/// section's quiz follows its subsections, as in MLSysBook.
/// </summary>
public static class QuizPlacement
{
    /// <returns>How many quizzes were placed.</returns>
    public static int InsertQuizzes(MarkdownDocument document, IReadOnlyDictionary<string, Quiz> bySectionId, ICollection<Diagnostic> diagnostics)
    {
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => (Heading: h, Id: h.GetAttributes().Id))
            .Where(h => h.Id is not null)
            .GroupBy(h => h.Id!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Heading, StringComparer.Ordinal);

        var placed = 0;
        foreach (var (sectionId, quiz) in bySectionId)
        {
            if (!headings.TryGetValue(sectionId, out var heading))
            {
                diagnostics.Add(Diagnostic.Warning(QuizDiagnosticCodes.UnknownSection, quiz.SourceFile, quiz.Line, 1,
                    $"quiz for section '#{sectionId}' has no matching heading in the chapter; fix the \"section_id\" or add {{#{sectionId}}} to the heading."));
                continue;
            }

            var parent = heading.Parent!;
            var index = parent.IndexOf(heading) + 1;
            while (index < parent.Count && !(parent[index] is HeadingBlock next && next.Level <= heading.Level))
            {
                index++;
            }
            var line = index < parent.Count ? parent[index].Line : heading.Line;
            parent.Insert(index, new QuizBlock(quiz) { Line = line });
            placed++;
        }
        return placed;
    }

    /// <summary>Questions in a document's quizzes (the "Your progress" page shows answered out of this).</summary>
    public static int CountQuestions(MarkdownDocument document) =>
        document.Descendants<QuizBlock>().Sum(q => q.Quiz.Questions.Count);
}
