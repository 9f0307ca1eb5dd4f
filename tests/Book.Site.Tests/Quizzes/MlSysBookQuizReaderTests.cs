using Book.Core.Diagnostics;
using Book.Site.Quizzes;

namespace Book.Site.Tests.Quizzes;

public sealed class MlSysBookQuizReaderTests
{
    [QuizCorpusFact]
    public void ReadsEveryVisibleQuestionOfTheCorpus_CheckingTheCheckableOnes()
    {
        var diagnostics = new List<Diagnostic>();
        var quizzes = QuizCorpus.QuizFiles
            .SelectMany(f => MlSysBookQuizReader.Read(File.ReadAllText(f), Path.GetFileName(f), diagnostics).Values)
            .ToList();
        var questions = quizzes.SelectMany(q => q.Questions).ToList();
        var byType = questions.GroupBy(q => q.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Empty(diagnostics);
        Assert.Equal(11, QuizCorpus.QuizFiles.Count);
        Assert.Equal(120, quizzes.Count);
        // 180 MCQ + 73 TF + 40 FILL + 45 ORDER + 175 SHORT + 9 CALC, hidden questions left out.
        Assert.Equal(522, questions.Count);
        Assert.Equal(180, byType[QuizQuestionType.MultipleChoice]);
        Assert.Equal(73, byType[QuizQuestionType.TrueFalse]);
        // FILL and ORDER answers are prose; every one of the corpus reads as a checkable answer.
        Assert.Equal(40, byType[QuizQuestionType.Fill]);
        Assert.Equal(45, byType[QuizQuestionType.Order]);
        // SHORT and CALC are self-marked.
        Assert.Equal(175 + 9, byType[QuizQuestionType.Short]);
        Assert.All(questions.Where(q => q.Type == QuizQuestionType.Order), q => Assert.True(q.Items.Count >= 2));
    }

    [Fact]
    public void Mcq_TakesTheLetterOfTheProseAnswer_AndKeepsItAsExplanation()
    {
        var q = MlSysBookAnswers.ToQuestion("MCQ", "Which?", ["a", "b", "c", "d"],
            "The correct answer is C. c. This is correct because c.", 7)!;

        Assert.Equal(QuizQuestionType.MultipleChoice, q.Type);
        Assert.Equal(2, q.CorrectChoice);
        Assert.Contains("correct because", q.Explanation, StringComparison.Ordinal);
        Assert.Equal(7, q.Line);
    }

    [Theory]
    [InlineData("True. Because.", true)]
    [InlineData("False. Micro-benchmarks focus on operations.", false)]
    public void TrueFalse_ReadsTheFirstWord(string answer, bool expected)
    {
        var q = MlSysBookAnswers.ToQuestion("TF", "Is it?", [], answer, 1)!;

        Assert.Equal(QuizQuestionType.TrueFalse, q.Type);
        Assert.Equal(expected, q.CorrectTruth);
    }

    [Theory]
    [InlineData("Micro. Micro benchmarks focus on operations.", "Micro")]
    [InlineData("hardware lottery. This occurs when models perform well.", "hardware lottery")]
    [InlineData("model selection, which establishes performance baselines.", "model selection")]
    public void Fill_TheBlankIsTheTextBeforeTheFirstFullStopOrComma(string answer, string blank) =>
        Assert.Equal(blank, MlSysBookAnswers.FillBlank(answer));

    [Fact]
    public void Order_NumberedItemsFollowTheAnswersMarkers()
    {
        var items = MlSysBookAnswers.OrderItems(
            "Order the following steps: (1) Evaluate algorithmic performance, (2) Measure system performance, (3) Assess data quality.",
            "The correct order is: (1) Evaluate algorithmic performance, (3) Assess data quality, (2) Measure system performance. This order reflects…");

        Assert.Equal(["Evaluate algorithmic performance", "Assess data quality", "Measure system performance"], items);
    }

    [Fact]
    public void Order_UnnumberedItemsAfterTheColonFollowTheAnswersText()
    {
        var items = MlSysBookAnswers.OrderItems(
            "Order the following phases of an AI benchmark workflow: Dataset Selection, Task Definition, Model Selection, Evaluation Metrics.",
            "1. Task Definition, 2. Dataset Selection, 3. Model Selection, 4. Evaluation Metrics. This sequence reflects…");

        Assert.Equal(["Task Definition", "Dataset Selection", "Model Selection", "Evaluation Metrics"], items);
    }

    [Fact]
    public void MalformedJson_IsReportedAtItsLine()
    {
        var diagnostics = new List<Diagnostic>();

        var quizzes = MlSysBookQuizReader.Read("{\n  \"sections\": [\n    { \"section_id\": }\n  ]\n}", "ch_quizzes.json", diagnostics);

        Assert.Empty(quizzes);
        var d = Assert.Single(diagnostics);
        Assert.Equal(QuizDiagnosticCodes.MalformedJson, d.Code);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void HiddenQuestionsAndSectionsWithoutQuiz_AreLeftOut()
    {
        const string json = """
            { "sections": [
              { "section_id": "#sec-a", "quiz_data": { "quiz_needed": true, "questions": [
                { "question_type": "TF", "question": "Q1", "answer": "True. Yes." },
                { "question_type": "TF", "question": "Q2", "answer": "False. No.", "hidden": true } ] } },
              { "section_id": "#sec-b", "quiz_data": { "quiz_needed": false } } ] }
            """;
        var diagnostics = new List<Diagnostic>();

        var quizzes = MlSysBookQuizReader.Read(json, "x_quizzes.json", diagnostics);

        var quiz = Assert.Single(quizzes);
        Assert.Equal("sec-a", quiz.Key);
        Assert.Equal("quiz-sec-a", quiz.Value.Id);
        Assert.Single(quiz.Value.Questions);
        Assert.Equal(2, quiz.Value.Line);
        Assert.Empty(diagnostics);
    }
}
