using Book.Site.Quizzes;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Quizzes;

/// <summary>
/// Renders a quiz as forms that <c>quiz.js</c> makes interactive. The markup works without script too:
/// each question's solution and explanation sit in the page (hidden by CSS only once the script runs).
/// </summary>
public sealed class HtmlQuizRenderer(MarkdownPipeline pipeline) : HtmlObjectRenderer<QuizBlock>
{
    protected override void Write(HtmlRenderer renderer, QuizBlock block)
    {
        var quiz = block.Quiz;
        var html = new QuizHtmlWriter(pipeline);
        renderer.EnsureLine();
        renderer.Write(html.Write(quiz));
        renderer.EnsureLine();
    }
}
