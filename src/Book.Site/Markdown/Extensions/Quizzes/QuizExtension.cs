using Markdig;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Quizzes;

/// <summary>
/// Self-check quizzes: a <c>```quiz</c> fenced block holding YAML becomes a <see cref="QuizBlock"/>
/// (<see cref="QuizFenceConverter"/>), rendered as an interactive form by <see cref="HtmlQuizRenderer"/>.
/// </summary>
public sealed class QuizExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // The fence is parsed by the ordinary fenced-code parser; turning it into a quiz afterwards keeps
        // one parser for fences (unclosed-fence diagnostics stay in one place).
        pipeline.DocumentProcessed -= QuizFenceConverter.Convert;
        pipeline.DocumentProcessed += QuizFenceConverter.Convert;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlQuizRenderer>())
        {
            // Question texts are Markdown too, rendered with the book's own pipeline (math, emphasis, code).
            html.ObjectRenderers.Insert(0, new HtmlQuizRenderer(pipeline));
        }
    }
}
