using Book.Core.Diagnostics;
using Book.Site.Markdown.Extensions.Quizzes;
using Book.Site.Quizzes;
using Markdig;
using Markdig.Syntax;

namespace Book.Site.Tests.Quizzes;

public sealed class ChapterQuizFileTests
{
    [QuizCorpusFact]
    public void EveryCorpusChapterQuiz_FindsItsSection_AndRendersAsInteractiveForms()
    {
        var pipeline = new MarkdownPipelineBuilder().UseQuizzes().UseGenericAttributes().Build();
        var chapters = Directory.GetFiles(Path.Combine(QuizCorpus.Folder!, "book", "quarto", "contents", "core"), "*.qmd", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var diagnostics = new List<Diagnostic>();
        var questions = 0;
        var forms = 0;

        foreach (var chapter in chapters)
        {
            var document = Markdig.Markdown.Parse(File.ReadAllText(chapter), pipeline);
            questions += ChapterQuizFile.Attach(document, chapter, Path.GetFileName, diagnostics);
            var writer = new QuizHtmlWriter(pipeline);
            forms += document.Descendants<QuizBlock>().Sum(q => writer.Write(q.Quiz).Split("<form class=\"quiz-q\"").Length - 1);
        }

        Assert.Equal(8, chapters.Count);
        // Two sections of the corpus were renamed after their quizzes were written: their ids match no
        // heading (not even by title), so those two quizzes are reported and left out.
        Assert.All(diagnostics, d => Assert.Equal((Severity.Warning, QuizDiagnosticCodes.UnknownSection), (d.Severity, d.Code)));
        Assert.Equal(
            ["benchmarking_quizzes.json(326,1)", "introduction_quizzes.json(533,1)"],
            diagnostics.Select(d => d.ToString().Split(':')[0]).Order(StringComparer.Ordinal));
        // The eight <chapter>_quizzes.json files (footnote_context_ and frontiers_ drafts belong to no chapter):
        // 124 MCQ, 42 TF, 27 FILL, 28 ORDER, 122 SHORT, 8 CALC.
        Assert.Equal(351, questions);
        Assert.Equal(questions, forms);
    }

    [Fact]
    public void ChapterWithoutQuizFile_HasNone()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".md");

        Assert.Null(ChapterQuizFile.For(path));
    }
}
