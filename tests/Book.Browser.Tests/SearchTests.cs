using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>
/// Search as a reader meets it: nothing loaded until the box is used; results with chapter › section
/// and highlights; keyboard to the section; the terms highlighted there, and a way to clear them.
/// </summary>
[Collection(ServedBookCollection.Name)]
public sealed class SearchTests(ServedBook book)
{
    // In the book (the quantization chapter), and in a section title.
    private const string Query = "zero point";

    [BrowserFact]
    public async Task Index_is_loaded_on_first_focus_results_navigate_and_highlight()
    {
        await using var context = await book.NewContextAsync();
        var indexRequests = new List<string>();
        context.Request += (_, request) =>
        {
            if (request.Url.Contains("search/index", StringComparison.Ordinal))
            {
                lock (indexRequests)
                {
                    indexRequests.Add(request.Url);
                }
            }
        };
        var (page, problems) = await Visit.OpenAsync(context, "numbers.html");
        await Visit.SettleAsync(page);
        Assert.True(indexRequests.Count == 0, "the search index was requested before the search box was used: " + string.Join(", ", indexRequests));

        await page.Locator("#search-input").FocusAsync();
        await page.WaitForFunctionAsync("() => true"); // let the focus handler run
        await page.Locator("#search-input").FillAsync(Query);
        var results = page.Locator("#search-results .search-result");
        await Assertions.Expect(results.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.NotEmpty(indexRequests);
        Assert.True(await page.Locator("#search-results .search-result-chapter").CountAsync() > 0, "results do not name their chapter");
        Assert.True(await page.Locator("#search-results .search-result-section").CountAsync() > 0, "results do not name their section");
        Assert.Contains("›", await results.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0, "no <mark> highlight in the results");

        var target = (await results.First.GetAttributeAsync("href"))!;
        await page.Locator("#search-input").PressAsync("ArrowDown");
        await page.Locator("#search-input").PressAsync("Enter");
        var page0 = target.Split('?', '#')[0];
        await page.WaitForURLAsync("**/" + page0 + "*");
        var hash = new Uri(page.Url).Fragment;
        Assert.False(string.IsNullOrEmpty(hash), $"the result led to {page.Url}, not to a section anchor");
        await page.WaitForTimeoutAsync(400);
        Assert.True(await Visit.InViewportAsync(page, hash), $"section {hash} is not in view after navigating");

        var hits = page.Locator("main mark.search-hit");
        await Assertions.Expect(hits.First).ToBeAttachedAsync();
        await page.Locator(".search-clear-hits").ClickAsync();
        await Assertions.Expect(hits).ToHaveCountAsync(0);
        Assert.Empty(problems.All);
    }

    [BrowserFact]
    public async Task Slash_key_focuses_the_search_box()
    {
        await using var context = await book.NewContextAsync();
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id"));
        await page.Keyboard.TypeAsync("softmax");
        await Assertions.Expect(page.Locator("#search-results .search-result").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
    }
}
