using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>Every page of the built book loads without a console error, an uncaught exception or a failed request.</summary>
[Collection(ServedBookCollection.Name)]
public sealed class EveryPageTests(ServedBook book)
{
    [BrowserFact]
    public async Task No_page_has_console_errors_exceptions_or_failed_requests()
    {
        var pages = book.Pages();
        Assert.NotEmpty(pages);
        await using var context = await book.NewContextAsync();
        var found = new List<string>();
        // Four pages at a time: enough to keep both cores busy without starving the server.
        foreach (var batch in pages.Chunk(4))
        {
            var visits = batch.Select(async url =>
            {
                var (page, problems) = await Visit.OpenAsync(context, url);
                await Visit.SettleAsync(page);
                var all = problems.All;
                await page.CloseAsync();
                return all.Select(p => $"{url}: {p}");
            });
            foreach (var result in await Task.WhenAll(visits))
            {
                found.AddRange(result);
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} problem(s) on {pages.Count} pages:\n  " + Visit.Describe(found));
    }
}
