using Book.Core.Diagnostics;
using Markdig.Syntax;

namespace Book.Site.Quizzes;

/// <summary>
/// MLSysBook keeps a chapter's quizzes beside it as <c>&lt;chapter&gt;_quizzes.json</c>
/// (<c>optimizations.qmd</c> → <c>optimizations_quizzes.json</c>). Other <c>*_quizzes.json</c> files in the
/// folder (drafts such as <c>footnote_context_quizzes.json</c>) belong to no chapter and are not read.
/// </summary>
public static class ChapterQuizFile
{
    /// <summary>The quiz file of a chapter source file, or null when there is none.</summary>
    public static string? For(string chapterPath)
    {
        var directory = Path.GetDirectoryName(chapterPath) ?? ".";
        var path = Path.Combine(directory, Path.GetFileNameWithoutExtension(chapterPath) + "_quizzes.json");
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Reads the chapter's quiz file, if any, and places its quizzes at the end of their sections.
    /// Call after parsing and before rendering. Returns how many questions the document holds afterwards.
    /// </summary>
    /// <param name="chapterPath">The chapter's path on disk.</param>
    /// <param name="displayPath">How diagnostics name the quiz file (book-relative).</param>
    public static int Attach(MarkdownDocument document, string chapterPath, Func<string, string> displayPath, ICollection<Diagnostic> diagnostics)
    {
        if (For(chapterPath) is not { } file)
        {
            return 0;
        }
        var quizzes = MlSysBookQuizReader.Read(File.ReadAllText(file), displayPath(file), diagnostics);
        QuizPlacement.InsertQuizzes(document, quizzes, diagnostics);
        return QuizPlacement.CountQuestions(document);
    }
}
