using Book.Core.Diagnostics;
using Book.Site.Markdown;
using Book.Site.Markdown.Extensions.Quizzes;
using Book.Site.Quizzes;
using Markdig;
using Markdig.Syntax;

namespace Book.Site.Tests.Quizzes;

public sealed class QuizBlockTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseQuizzes()
        .UseGenericAttributes()
        .Build();

    private const string Chapter = """
        ## Affine mapping {#sec-affine}

        Text.

        ```quiz
        - type: mcq
          question: "What does the *zero point* store?"
          choices: ["the scale", "the integer that represents 0.0", "the range"]
          answer: 1
          explanation: "It makes real zero exactly representable."
        - type: tf
          question: "INT8 has 256 values."
          answer: true
        - type: fill
          question: "FP32 has ____ mantissa bits."
          answer: ["23", "twenty-three"]
        - type: order
          question: "Order the steps."
          items: ["calibrate", "quantize", "run"]
        - type: short
          question: "Why calibrate?"
          answer: "To choose the range."
        ```
        """;

    [Fact]
    public void QuizFence_BecomesAQuizWithEveryQuestionType()
    {
        var document = Markdig.Markdown.Parse(Chapter, Pipeline);

        var quiz = Assert.Single(document.Descendants<QuizBlock>()).Quiz;
        Assert.Equal("quiz-sec-affine", quiz.Id);
        Assert.Equal(
            [QuizQuestionType.MultipleChoice, QuizQuestionType.TrueFalse, QuizQuestionType.Fill, QuizQuestionType.Order, QuizQuestionType.Short],
            quiz.Questions.Select(q => q.Type));
        Assert.Equal(1, quiz.Questions[0].CorrectChoice);
        Assert.Equal(["23", "twenty-three"], quiz.Questions[2].AcceptedAnswers);
        Assert.Equal(6, quiz.Questions[0].Line);
        Assert.Empty(MarkdownDiagnostics.For(document, "ch.md"));
        Assert.Empty(document.Descendants<FencedCodeBlock>());
    }

    [Fact]
    public void QuizHtml_IsAFormPerQuestionWithAccessibleControls()
    {
        var html = Markdig.Markdown.ToHtml(Chapter, Pipeline);

        Assert.Contains("<section class=\"quiz\" id=\"quiz-sec-affine\" data-quiz-id=\"quiz-sec-affine\"", html, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(html, "<form class=\"quiz-q\""));
        Assert.Contains("data-type=\"mcq\" data-answer=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" name=\"quiz-sec-affine-q1-choice\" value=\"1\">", html, StringComparison.Ordinal);
        Assert.Contains("What does the <em>zero point</em> store?", html, StringComparison.Ordinal);
        Assert.Contains("data-answer=\"[&quot;23&quot;,&quot;twenty-three&quot;]\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"quiz-sec-affine-q3-input\">", html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(html, "class=\"quiz-up\""));
        Assert.Contains("aria-label=\"Move up: calibrate\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"quiz-reveal\">Show model answer</button>", html, StringComparison.Ordinal);
        Assert.Contains("I got it right", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "class=\"quiz-check\""));
    }

    [Fact]
    public void OrderItems_AreNeverShownInTheCorrectOrder()
    {
        for (var n = 2; n < 8; n++)
        {
            var shown = QuizHtmlWriter.Shuffle(n, "quiz-x-q" + n);
            Assert.NotEqual(Enumerable.Range(0, n), shown);
            Assert.Equal(Enumerable.Range(0, n), shown.Order());
        }
    }

    [Fact]
    public void MalformedYaml_IsReportedAtItsLineInTheMarkdownFile()
    {
        const string markdown = "# T\n\n```quiz\n- type: mcq\n  question: \"unclosed\n  answer: 1\n```\n";

        var document = Markdig.Markdown.Parse(markdown, Pipeline);

        var d = Assert.Single(MarkdownDiagnostics.For(document, "book/ch.md"));
        Assert.Equal(QuizDiagnosticCodes.MalformedYaml, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.InRange(d.Line, 5, 7);
        Assert.StartsWith("book/ch.md(", d.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- type: mcq\n  question: Q\n  choices: [a, b]\n  answer: 5\n", 7, "0-based index")]
    [InlineData("- type: essay\n  question: Q\n", 4, "unknown type 'essay'")]
    [InlineData("- type: tf\n  question: Q\n  answer: maybe\n", 6, "'answer: true'")]
    [InlineData("- type: order\n  question: Q\n  items: [only]\n", 6, "at least two")]
    [InlineData("- type: fill\n  answer: x\n", 4, "missing 'question:'")]
    [InlineData("- type: tf\n  question: Q\n  answer: true\n  hint: x\n", 7, "unknown key 'hint'")]
    [InlineData("type: tf\n", 4, "expected a YAML list")]
    public void InvalidQuestion_IsReportedAtTheLineOfTheFaultyField(string yaml, int line, string message)
    {
        var markdown = "# T\n\n```quiz\n" + yaml + "```\n";

        var document = Markdig.Markdown.Parse(markdown, Pipeline);

        var d = Assert.Single(MarkdownDiagnostics.For(document, "ch.md"));
        Assert.Equal(line, d.Line);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonQuizzes_GoToTheEndOfTheirSection_AndUnknownSectionsWarn()
    {
        var document = Markdig.Markdown.Parse("## A {#sec-a}\n\ntext\n\n### A.1\n\nmore\n\n## B {#sec-b}\n\nend\n", Pipeline);
        var question = new QuizQuestion { Type = QuizQuestionType.TrueFalse, Question = "Q", CorrectTruth = true };
        var quizzes = new Dictionary<string, Quiz>
        {
            ["sec-a"] = new("quiz-sec-a", [question], "ch_quizzes.json", 5),
            ["sec-missing"] = new("quiz-sec-missing", [question], "ch_quizzes.json", 40),
        };
        var diagnostics = new List<Diagnostic>();

        var placed = QuizPlacement.InsertQuizzes(document, quizzes, diagnostics);

        Assert.Equal(1, placed);
        var blocks = document.ToList();
        var quizIndex = blocks.FindIndex(b => b is QuizBlock);
        var next = Assert.IsType<HeadingBlock>(blocks[quizIndex + 1]);
        Assert.Equal(2, next.Level);
        Assert.IsType<ParagraphBlock>(blocks[quizIndex - 1]);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, QuizDiagnosticCodes.UnknownSection, "ch_quizzes.json", 40),
            (warning.Severity, warning.Code, warning.File, warning.Line));
        Assert.Equal(1, QuizPlacement.CountQuestions(document));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
