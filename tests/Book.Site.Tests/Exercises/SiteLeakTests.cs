using System.Text;
using Book.Site.Pipeline;
using Book.Site.Tests.Support;

namespace Book.Site.Tests.Exercises;

/// <summary>
/// Hidden tests and reference solutions never reach the site: the repository's book is built to a
/// temporary folder and every file of it (pages, scripts, search files, every entry of every zip)
/// is searched for their distinctive lines.
/// </summary>
public sealed class SiteLeakTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "book-leak-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void BuiltBookContainsNoLineOfHiddenTestsOrReferenceSolutions()
    {
        var exercisesFolder = Path.Combine(RepoPaths.Root, "exercises");
        var secrets = SecretLines.Collect(exercisesFolder);
        var exerciseCount = Directory.GetDirectories(exercisesFolder).Count(d => File.Exists(Path.Combine(d, "exercise.yml")));
        Assert.True(exerciseCount >= 8, $"expected the book's 8 exercises, found {exerciseCount}");
        Assert.True(secrets.Count > 100, $"only {secrets.Count} distinctive secret lines found: the search would prove little");

        var result = BuildSite.Run(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.Root, "site.yml"), OutputDirectory = _output });
        Assert.True(result.Written, "the book was not written:\n" + string.Join("\n", result.Diagnostics.Items));

        // The search covers what it must: every exercise's page and download are in the site.
        var files = Directory.GetFiles(_output, "*", SearchOption.AllDirectories);
        Assert.Equal(exerciseCount, files.Count(f => f.EndsWith(".zip", StringComparison.Ordinal)));
        Assert.Equal(exerciseCount, Directory.GetFiles(Path.Combine(_output, "exercises"), "*.html").Length);

        var leaks = SecretLines.Leaks(secrets, SecretLines.Texts(_output));
        Assert.True(leaks.Count == 0, "secret lines found in the built site:\n" + string.Join("\n", leaks.Take(40)));
    }

    [Fact]
    public void SearchFindsALeakWhenThereIsOne()
    {
        using var fixture = new ExerciseFixture();
        var secrets = SecretLines.Collect(fixture.ExercisesFolder);
        Assert.Contains(secrets, s => s.Line == ExerciseFixture.HiddenSecret);
        Assert.Contains(secrets, s => s.Line == ExerciseFixture.ReferenceSecret);

        // A page that shows the reference line as highlighted code, split into spans and escaped.
        var page = "<pre><code><span class=\"hljs-title\">y</span>[i] = MathF.FusedMultiplyAdd(x[i], factor, 0f); <span>// reference trick 7f3a</span></code></pre>";
        Assert.NotEmpty(SecretLines.Leaks(secrets, SecretLines.Texts("x.html", Encoding.UTF8.GetBytes(page))));
        Assert.Empty(SecretLines.Leaks(secrets, SecretLines.Texts("x.html", Encoding.UTF8.GetBytes("<p>clean</p>"))));
    }
}
