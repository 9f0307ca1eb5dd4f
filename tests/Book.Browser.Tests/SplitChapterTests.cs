using Book.Site.Pipeline;
using Book.Site.Serving;
using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>
/// A chapter split into pages (the golden book <c>split-section</c>, built and served here): previous/next
/// walk through its pages in order, the sidebar lists them under the chapter, and a citation on the first
/// page leads to the reference list on the last.
/// </summary>
public sealed class SplitChapterTests : IAsyncLifetime
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "book-split-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        var config = Path.Combine(RepoPaths.Root, "tests", "Book.Site.Tests", "Books", "split-section", "site.yml");
        var result = BuildSite.Run(new BuildOptions { ConfigPath = config, OutputDirectory = _site });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics.Items));
        _server = new SiteServer(_site, liveReload: false);
        await _server.StartAsync(0);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_site))
        {
            Directory.Delete(_site, recursive: true);
        }
    }

    // Waiting for the new document to be committed is enough: the next click's locator waits for the
    // pager link to appear in it. Waiting for the load event (every stylesheet, script and font) timed out
    // once after 60 s in CI at load 20, and waiting for DOMContentLoaded once more while the native build's
    // test was compiling beside it.
    private static readonly PageWaitForURLOptions AfterNavigation = new() { WaitUntil = WaitUntilState.Commit };

    [BrowserFact]
    public async Task Previous_and_next_walk_through_the_pages_of_a_split_chapter()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server!.Address.ToString() });
        context.SetDefaultTimeout(60_000);
        await using var _ = context;
        var (page, problems) = await Visit.OpenAsync(context, "intro.html");

        string[] order = ["long.html", "long--sec-long-second.html", "long--sec-long-third.html", "references.html"];
        foreach (var url in order)
        {
            await page.Locator("a.pager-next").ClickAsync();
            await page.WaitForURLAsync("**/" + url, AfterNavigation);
        }

        foreach (var url in order.Reverse().Skip(1).Append("intro.html"))
        {
            await page.Locator("a.pager-prev").ClickAsync();
            await page.WaitForURLAsync("**/" + url, AfterNavigation);
        }

        // On a later page: its title names the section, the sidebar lists the chapter's pages and marks this one.
        await page.GotoAsync("long--sec-long-second.html");
        Assert.Contains("A long chapter — Second section", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var current = page.Locator("#sidebar [aria-current=page]");
        Assert.Equal(1, await current.CountAsync());
        Assert.Equal("long--sec-long-second.html", await current.GetAttributeAsync("href"));
        Assert.Equal(2, await page.Locator("#sidebar .nav-pages a").CountAsync());
        Assert.Equal(["2.2 Second section", "2.2.1 A subsection"],
            (await page.Locator(".page-toc a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList());

        // A citation on the first page leads to the chapter's reference list, at the end of its last page.
        await page.GotoAsync("long.html");
        await page.Locator("a[role=doc-biblioref]").First.ClickAsync();
        await page.WaitForURLAsync("**/long--sec-long-third.html#ref-knuth1984");
        Assert.True(await Visit.InViewportAsync(page, "#ref-knuth1984"), "the reference is not in view");
        Assert.Empty(problems.All);
    }
}
