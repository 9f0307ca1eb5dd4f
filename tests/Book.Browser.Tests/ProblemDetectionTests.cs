using Book.Site.Serving;

namespace Book.Browser.Tests;

/// <summary>
/// The suite must fail when a page throws: these tests prove the detector sees what it must see,
/// on pages made for the purpose (so a silent detector cannot make the book's pages look clean).
/// </summary>
public sealed class ProblemDetectionTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "book-problems-" + Guid.NewGuid().ToString("N")[..8]);
    private SiteServer? _server;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "throws.html"),
            "<!doctype html><title>t</title><body><script>null.boom();</script></body>");
        await File.WriteAllTextAsync(Path.Combine(_folder, "logs.html"),
            "<!doctype html><title>t</title><body><script>console.error('bad thing');</script></body>");
        await File.WriteAllTextAsync(Path.Combine(_folder, "missing.html"),
            "<!doctype html><title>t</title><link rel=stylesheet href=nope.css><body>x</body>");
        await File.WriteAllTextAsync(Path.Combine(_folder, "clean.html"),
            "<!doctype html><title>t</title><body><p>fine</p></body>");
        _server = new SiteServer(_folder, liveReload: false);
        await _server.StartAsync(0);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [BrowserFact]
    public async Task Detects_exceptions_console_errors_and_missing_files_but_not_clean_pages()
    {
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var found = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var name in new[] { "throws", "logs", "missing", "clean" })
        {
            var page = await browser.NewPageAsync();
            var problems = new PageProblems(page);
            await page.GotoAsync(new Uri(_server!.Address, name + ".html").ToString());
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            found[name] = problems.All;
            await page.CloseAsync();
        }

        Assert.Contains(found["throws"], p => p.StartsWith("uncaught exception", StringComparison.Ordinal));
        Assert.Contains(found["logs"], p => p.Contains("bad thing", StringComparison.Ordinal));
        Assert.Contains(found["missing"], p => p.Contains("nope.css", StringComparison.Ordinal));
        Assert.Empty(found["clean"]);
    }
}
