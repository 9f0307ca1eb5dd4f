using Book.Site.Pipeline;
using Book.Site.Serving;
using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>
/// <c>book serve</c> in a real browser, on a tiny book in a temp folder: an edit reloads the open page,
/// a broken cross-reference shows the error overlay, and fixing it removes the overlay.
/// </summary>
[Collection(ServedBookCollection.Name)]
public sealed class LiveReloadTests(ServedBook book) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("book-live-").FullName;
    private PreviewSession? _session;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "book"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "site.yml"),
            "title: Live test\nparts:\n  - title: Only part\n    chapters:\n      - one.md\n      - two.md\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "book", "one.md"), "---\ntitle: One\n---\n\n## Start {#sec-start}\n\nFirst words.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "book", "two.md"), "---\ntitle: Two\n---\n\n## Next {#sec-next}\n\nSee @sec-start.\n");
        _session = new PreviewSession(new BuildOptions { ConfigPath = Path.Combine(_folder, "site.yml") }, _ => { });
        var first = await _session.StartAsync(0);
        Assert.True(first.Succeeded, string.Join("\n", first.Messages));
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [BrowserFact]
    public async Task Edit_reloads_the_page_broken_reference_shows_the_overlay_fix_removes_it()
    {
        var browser = book.Browser ?? throw new InvalidOperationException("Chromium did not start");
        await using var context = await browser.NewContextAsync(new() { BaseURL = _session!.Server.Address.ToString() });
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("two.html");
        await WaitForLiveConnectionAsync();
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("See");

        var two = Path.Combine(_folder, "book", "two.md");
        await File.WriteAllTextAsync(two, "---\ntitle: Two\n---\n\n## Next {#sec-next}\n\nEdited live, see @sec-start.\n");
        await Assertions.Expect(main).ToContainTextAsync("Edited live", new() { Timeout = 15_000 });

        await WaitForLiveConnectionAsync();
        await File.WriteAllTextAsync(two, "---\ntitle: Two\n---\n\n## Next {#sec-next}\n\nBroken, see @sec-nowhere.\n");
        var overlay = page.Locator("#book-live-errors");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("sec-nowhere");
        await Assertions.Expect(main).ToContainTextAsync("Edited live"); // the last good build stays

        await File.WriteAllTextAsync(two, "---\ntitle: Two\n---\n\n## Next {#sec-next}\n\nFixed, see @sec-start.\n");
        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(main).ToContainTextAsync("Fixed, see");
        var unexpected = problems.All.Where(p => !p.Contains("/__book/events", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, "problems on the live page:\n  " + Visit.Describe(unexpected));
    }

    /// <summary>The page's EventSource has had time to connect (a reload re-opens it).</summary>
    private static Task WaitForLiveConnectionAsync() => Task.Delay(700);
}
