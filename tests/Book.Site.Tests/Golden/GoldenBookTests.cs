using System.Text;
using Book.Site.Pipeline;
using Book.Site.Tests.Support;

namespace Book.Site.Tests.Golden;

/// <summary>
/// Golden books: each folder of <c>Books/</c> holds a <c>site.yml</c> and a <c>book/</c>, and in
/// <c>expected/</c> the diagnostics of its build and the HTML body of every page. Adding a case is
/// adding a folder; <c>BOOK_BLESS=1 dotnet test</c> (re)writes the expected files, to be reviewed in the diff.
/// Books without errors must also pass the HTML check of the whole laid-out site.
/// </summary>
public sealed class GoldenBookTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.GoldenBooks).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builds_as_expected(string name)
    {
        var dir = Path.Combine(RepoPaths.GoldenBooks, name);
        var result = BuildSite.Run(new BuildOptions { ConfigPath = Path.Combine(dir, "site.yml"), DryRun = true });

        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["diagnostics.txt"] = string.Concat(result.Diagnostics.Items.Select(d => Redact(d.ToString(), dir) + "\n")),
        };
        if (result.SearchDocuments.Count > 0)
        {
            actual["search-documents.txt"] = string.Concat(result.SearchDocuments.Select(d => $"{d.Ref} | {d.Chapter} | {d.Section} | {d.Body}\n"));
        }

        foreach (var chapter in result.Book?.Chapters ?? [])
        {
            // A split chapter: one body per page.
            for (var k = 0; k < chapter.Pages.Count; k++)
            {
                actual[Path.GetFileNameWithoutExtension(chapter.Pages[k].Url) + ".body.html"] = chapter.PageBody(k);
            }

            foreach (var (path, text) in chapter.OwnFiles)
            {
                actual[path.Replace('/', '.')] = text;
            }
        }

        if (result.Book?.Chapters.Any(c => c.Pages.Count > 1) == true)
        {
            // What the layout puts around a split chapter's pages: title, contents, previous/next, sidebar.
            actual["pages.txt"] = string.Concat(result.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
                .OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => PageSummary(f.Key, Encoding.UTF8.GetString(f.Value))));
        }

        var expectedDir = Path.Combine(dir, "expected");
        if (Environment.GetEnvironmentVariable("BOOK_BLESS") == "1")
        {
            if (Directory.Exists(expectedDir))
            {
                Directory.Delete(expectedDir, recursive: true);
            }

            Directory.CreateDirectory(expectedDir);
            foreach (var (file, text) in actual)
            {
                File.WriteAllText(Path.Combine(expectedDir, file), text);
            }
        }

        var expectedFiles = Directory.Exists(expectedDir)
            ? Directory.GetFiles(expectedDir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.Equal(expectedFiles, actual.Keys.ToList());
        foreach (var (file, text) in actual)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(expectedDir, file)), text);
        }

        if (!result.Diagnostics.HasErrors)
        {
            var pages = result.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
                .ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value));
            var others = result.Output.Files.Keys.Concat(result.Output.Copies.Values).ToHashSet(StringComparer.Ordinal);
            Assert.Empty(HtmlSiteCheck.Problems(pages, others));
        }
    }

    /// <summary>The navigation of a laid-out page, one line each: title, contents, pager, sidebar sub-pages, breadcrumbs.</summary>
    private static string PageSummary(string url, string html)
    {
        string All(string pattern) => string.Join(" ", System.Text.RegularExpressions.Regex.Matches(html, pattern, System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim()));
        return $"{url}\n  title: {All("<title>(.*?)</title>")}\n  toc: {All("<nav aria-labelledby=\"toc-title\">(.*?)</nav>").Replace("\n", " ")}\n"
            + $"  prev: {All("rel=\"prev\" href=\"([^\"]*)\"")}  next: {All("rel=\"next\" href=\"([^\"]*)\"")}\n"
            + $"  sidebar pages: {All("<ul class=\"nav-pages\">(.*?)</ul>")}\n  breadcrumbs: {All("<nav class=\"breadcrumbs\"[^>]*>(.*?)</nav>").Replace("\n", " ")}\n";
    }

    /// <summary>Paths of the case folder are machine-specific: shown relative to it.</summary>
    private static string Redact(string text, string dir) =>
        text.Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(dir, ".", StringComparison.Ordinal);
}
