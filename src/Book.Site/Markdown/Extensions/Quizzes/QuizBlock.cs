using Book.Site.Quizzes;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Quizzes;

/// <summary>A self-check quiz in the syntax tree: from a <c>```quiz</c> block or placed from a <c>_quizzes.json</c> file.</summary>
public sealed class QuizBlock : LeafBlock
{
    public QuizBlock(Quiz quiz)
        : base(null)
    {
        Quiz = quiz;
        Line = Math.Max(quiz.Line - 1, 0);
    }

    public Quiz Quiz { get; }
}
