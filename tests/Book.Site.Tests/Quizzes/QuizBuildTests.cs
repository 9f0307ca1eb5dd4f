using System.Text;
using Book.Site.Pipeline;

namespace Book.Site.Tests.Quizzes;

/// <summary>Quizzes through the whole build: quiz blocks and <c>_quizzes.json</c> files become interactive quizzes, and the progress page counts them.</summary>
public sealed class QuizBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("book-quiz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BuildResult Build()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "book"));
        File.WriteAllText(Path.Combine(_folder, "site.yml"), "title: Quiz book\nparts:\n  - title: Part\n    chapters:\n      - one.md\n");
        File.WriteAllText(Path.Combine(_folder, "book", "one.md"), """
            ---
            title: One
            ---
            # One {#sec-one}

            ## Affine mapping {#sec-affine}

            Text.

            ```quiz
            - type: tf
              question: "Zero maps to an integer."
              answer: true
              explanation: "That is what the zero point is for."
            ```

            ## Calibration {#sec-calibration}

            More text.
            """);
        File.WriteAllText(Path.Combine(_folder, "book", "one_quizzes.json"), """
            { "sections": [ { "section_id": "#sec-calibration", "section_title": "Calibration",
              "quiz_data": { "quiz_needed": true, "questions": [
                { "question_type": "TF", "question": "Calibration needs data.", "answer": "True. It observes activations." },
                { "question_type": "SHORT", "question": "Why calibrate?", "answer": "To choose the range." } ] } } ] }
            """);
        return BuildSite.Run(new BuildOptions { ConfigPath = Path.Combine(_folder, "site.yml"), DryRun = true });
    }

    private static string Text(BuildResult result, string path) => Encoding.UTF8.GetString(result.Output.Files[path]);

    [Fact]
    public void Quiz_blocks_and_quiz_files_render_as_quizzes_with_their_script()
    {
        var result = Build();
        Assert.True(result.Diagnostics.Items.Count == 0, string.Join("\n", result.Diagnostics.Items));
        var html = Text(result, "one.html");
        Assert.Contains("<section class=\"quiz\" id=\"quiz-sec-affine\"", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"quiz\" id=\"quiz-sec-calibration\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("language-quiz", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"assets/quiz\\.[0-9a-f]+\\.js\" defer>", html);
    }

    [Fact]
    public void Progress_page_counts_the_questions_and_the_sidebar_links_it()
    {
        var result = Build();
        var progress = Text(result, "progress.html");
        Assert.Contains("<tr data-page=\"one.html\" data-total=\"3\">", progress, StringComparison.Ordinal);
        Assert.Matches("<script src=\"assets/quiz\\.[0-9a-f]+\\.js\" defer>", progress);
        Assert.Contains("href=\"progress.html\"", Text(result, "one.html"), StringComparison.Ordinal);
    }
}
