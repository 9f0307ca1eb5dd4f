using Book.Core.Diagnostics;
using Book.Site.Exercises;
using Book.Site.Markdown;
using Book.Site.Markdown.Extensions.Shortcodes;
using Book.Site.Pipeline;
using Markdig;

namespace Book.Site.Tests.Exercises;

/// <summary>The <c>{{&lt; exercise &gt;}}</c> card: what a chapter shows, and the warning for an unknown name.</summary>
public sealed class ExerciseCardTests : IDisposable
{
    private readonly ExerciseFixture _fixture = new();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly ExerciseCatalog _catalog;
    private readonly MarkdownPipeline _pipeline;

    public ExerciseCardTests()
    {
        _catalog = LoadExercises.Run(_fixture.ExercisesFolder, _diagnostics);
        _pipeline = CreateMarkdownPipeline.Run(new MarkdownPipelineOptions
        {
            Shortcodes = ShortcodeRegistry.CreateDefault().Register(new ExerciseShortcode(_catalog)),
        });
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void LoadsTheManifestAndTheFirstParagraphAsSummary()
    {
        Assert.Empty(_diagnostics.Items);
        var exercise = Assert.Single(_catalog.Exercises);
        Assert.Equal("01-vector-scale", exercise.Folder);
        Assert.Equal("exercises/vector-scale.html", exercise.PageUrl);
        Assert.Equal("exercises/vector-scale.zip", exercise.DownloadUrl);
        Assert.Equal("Scale a vector x by a factor: the simplest kernel there is, and a Vector256 warm-up.", exercise.Summary);
    }

    [Fact]
    public void CardMatchesGoldenFile()
    {
        var html = Markdig.Markdown.ToHtml("{{< exercise 01-vector-scale >}}\n", _pipeline);
        ExpectedFile.Match("card.html", html);
        Assert.Contains("<aside class=\"exercise-card\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestIdFindsTheSameExercise()
    {
        Assert.Equal(
            Markdig.Markdown.ToHtml("{{< exercise 01-vector-scale >}}\n", _pipeline),
            Markdig.Markdown.ToHtml("{{< exercise vector-scale >}}\n", _pipeline));
    }

    [Fact]
    public void InsideAParagraphTheCardIsALink()
    {
        var html = Markdig.Markdown.ToHtml("Try {{< exercise vector-scale >}} now.\n", _pipeline);
        Assert.Equal("<p>Try <a class=\"exercise-link\" href=\"exercises/vector-scale.html\">VectorScale: multiply by a factor</a> now.</p>\n", html);
    }

    [Fact]
    public void UnknownExerciseWarnsAtTheLineNamingTheKnownOnes()
    {
        var document = Markdig.Markdown.Parse("Intro.\n\n{{< exercise 09-nope >}}\n", _pipeline);
        var diagnostic = Assert.Single(MarkdownDiagnostics.For(document, "book/scaling.md"));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("unknown exercise '09-nope'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("known: 01-vector-scale", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("exercise-card", Markdig.Markdown.ToHtml("{{< exercise 09-nope >}}\n", _pipeline), StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenManifestIsReportedAtItsLineAndLeftOut()
    {
        _fixture.Write("exercises/02-broken/exercise.yml", "id: Broken_Id\ntitle: x\n");
        var diagnostics = new DiagnosticBag();
        var catalog = LoadExercises.Run(_fixture.ExercisesFolder, diagnostics);
        Assert.Single(catalog.Exercises);
        var error = diagnostics.Items.First(d => d.Severity == Severity.Error);
        Assert.Equal("exercises/02-broken/exercise.yml", error.File);
        Assert.Equal(1, error.Line);
    }
}
