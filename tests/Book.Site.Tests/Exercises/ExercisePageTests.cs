using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Book.Core.Diagnostics;
using Book.Site.Exercises;
using Book.Site.Pipeline;

namespace Book.Site.Tests.Exercises;

/// <summary>The exercise page, its place in the site (sidebar, chapter links) and its download, built through BuildSite.</summary>
public sealed partial class ExercisePageTests : IDisposable
{
    private readonly ExerciseFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private BuildResult Build()
    {
        var result = BuildSite.Run(new BuildOptions { ConfigPath = _fixture.ConfigPath, DryRun = true });
        return result;
    }

    private static string Text(BuildResult result, string path) => Encoding.UTF8.GetString(result.Output.Files[path]);

    [Fact]
    public void PageBodyMatchesGoldenFile()
    {
        var result = Build();
        Assert.True(result.Diagnostics.Items.Count == 0, string.Join("\n", result.Diagnostics.Items));
        var html = Text(result, "exercises/vector-scale.html");
        var article = ArticleBody().Match(html);
        Assert.True(article.Success, "the page has no <article class=\"page-body\">");
        ExpectedFile.Match("page-body.html", article.Value + "\n");
        Assert.Contains("data-kind=\"exercise\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PageIsInTheSearchIndexOneDocumentPerSection()
    {
        var result = Build();
        var docs = result.SearchDocuments.Where(d => d.Ref.StartsWith("exercises/vector-scale.html", StringComparison.Ordinal)).ToList();
        Assert.Contains(docs, d => d.Ref == "exercises/vector-scale.html#exercise-limits" && d.Body.Contains("256 MB", StringComparison.Ordinal));
        Assert.Contains(docs, d => d.Ref == "exercises/vector-scale.html#exercise-scoring" && d.Body.Contains("Total: 100 points", StringComparison.Ordinal));
        Assert.All(docs, d => Assert.DoesNotContain("<", d.Body, StringComparison.Ordinal));
        Assert.Single(docs.Select(d => d.Chapter).Distinct());
        Assert.Equal(docs.Count, docs.Select(d => d.Ref).Distinct().Count());
        Assert.Contains("exercises/vector-scale.html#exercise-limits", Text(result, "search/store.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void PageHasTheGeneratedSections()
    {
        var html = Text(Build(), "exercises/vector-scale.html");
        var plain = System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", ""));
        foreach (var id in new[] { "exercise-entry", "exercise-limits", "exercise-scoring", "exercise-download", "exercise-submit" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("1500 ms per test case", html, StringComparison.Ordinal);
        Assert.Contains("256 MB", html, StringComparison.Ordinal);
        Assert.Contains("≥ 4.5×", html, StringComparison.Ordinal);
        Assert.Contains("Total: 100 points", html, StringComparison.Ordinal);
        Assert.Contains("href=\"vector-scale.zip\"", html, StringComparison.Ordinal);
        Assert.Contains("book test exercises/01-vector-scale starter/VectorScale.cs", plain, StringComparison.Ordinal);
        Assert.Contains("cd vector-scale\ndotnet test", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLocalLinkOfThePageResolves()
    {
        var result = Build();
        var html = Text(result, "exercises/vector-scale.html");
        var published = new HashSet<string>(result.Output.Files.Keys.Concat(result.Output.Copies.Values), StringComparer.Ordinal);
        var links = LocalLink().Matches(html).Select(m => m.Groups[1].Value).Where(u => !u.Contains(':', StringComparison.Ordinal) && !u.StartsWith('#')).ToList();
        Assert.Contains("../scaling.html#sec-more", links);
        Assert.Contains("../index.html", links);
        foreach (var link in links)
        {
            var path = link.Split('#', '?')[0];
            var target = Path.GetRelativePath("/site", Path.GetFullPath(Path.Combine("/site/exercises", path))).Replace('\\', '/');
            Assert.True(published.Contains(target) || target == "index.html", $"'{link}' from exercises/vector-scale.html points at '{target}', which the site does not have");
        }
    }

    [Fact]
    public void SidebarListsExercisesInTheirOwnGroupAndChapterCarriesTheCard()
    {
        var result = Build();
        var chapter = Text(result, "scaling.html");
        Assert.Contains("href=\"exercises/vector-scale.html\"", chapter, StringComparison.Ordinal);
        Assert.Contains("<aside class=\"exercise-card\"", chapter, StringComparison.Ordinal);
        Assert.DoesNotContain("Exercises for this chapter", chapter, StringComparison.Ordinal);
        var site = result.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains("exercises/vector-scale.html", site);
        Assert.Contains(">Exercises<", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void ChapterWithoutTheCardGetsTheExercisesList()
    {
        _fixture.Write("book/scaling.md", "---\ntitle: Scaling\n---\n\n# Scaling {#sec-scaling}\n\nNo card here.\n");
        var chapter = Text(Build(), "scaling.html");
        Assert.Contains("Exercises for this chapter", chapter, StringComparison.Ordinal);
        Assert.Contains("href=\"exercises/vector-scale.html\"", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void ExerciseOfAnUnknownChapterIsAWarningAtItsLine()
    {
        var manifest = Path.Combine(_fixture.ExercisesFolder, "01-vector-scale", "exercise.yml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("chapter: scaling", "chapter: scalling", StringComparison.Ordinal));
        var warning = Assert.Single(Build().Diagnostics.Items, d => d.Code == ExerciseCodes.UnknownChapter);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("exercises/01-vector-scale/exercise.yml", warning.File);
        Assert.Equal(3, warning.Line);
        Assert.Contains("scaling", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DownloadHoldsOnlyPublishedFilesAndIsDeterministic()
    {
        var first = Build().Output.Files["exercises/vector-scale.zip"];
        var second = Build().Output.Files["exercises/vector-scale.zip"];
        Assert.Equal(first, second);

        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Equal(
            [
                "vector-scale/README.md",
                "vector-scale/VectorScale.Tests.csproj",
                "vector-scale/baseline/VectorScale.cs",
                "vector-scale/starter/VectorScale.cs",
                "vector-scale/tests/public/VectorScaleTests.cs",
            ],
            zip.Entries.Select(e => e.FullName).ToList());
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 1, 1), e.LastWriteTime.DateTime.Date));
        using var reader = new StreamReader(zip.GetEntry("vector-scale/VectorScale.Tests.csproj")!.Open());
        var project = reader.ReadToEnd();
        Assert.Contains("<TargetFramework>net10.0</TargetFramework>", project, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"xunit\" Version=\"2.9.3\" />", project, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"xunit.runner.visualstudio\" Version=\"3.1.5\" />", project, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.11.0\" />", project, StringComparison.Ordinal);
        Assert.Contains("<AllowUnsafeBlocks>false</AllowUnsafeBlocks>", project, StringComparison.Ordinal);
    }

    [GeneratedRegex("<article class=\"page-body\">.*?</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleBody();

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex LocalLink();
}
