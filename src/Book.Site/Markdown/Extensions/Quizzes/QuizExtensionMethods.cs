using Markdig;

namespace Book.Site.Markdown.Extensions.Quizzes;

public static class QuizExtensionMethods
{
    /// <summary>Turns <c>```quiz</c> blocks (YAML lists of questions) into interactive self-check quizzes.</summary>
    public static MarkdownPipelineBuilder UseQuizzes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<QuizExtension>();
        return pipeline;
    }
}
