using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>The sidebar, the previous/next pager and "On this page" take the reader where they say.</summary>
[Collection(ServedBookCollection.Name)]
public sealed class NavigationTests(ServedBook book)
{
    [BrowserFact]
    public async Task Sidebar_lists_parts_and_chapters_marks_the_current_page_and_navigates()
    {
        await using var context = await book.NewContextAsync();
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);

        var parts = await page.Locator("#sidebar .nav-part summary").AllTextContentsAsync();
        Assert.Contains("Foundations", parts.Select(p => p.Trim()));
        Assert.Contains("Kernels", parts.Select(p => p.Trim()));
        Assert.Contains("Practice", parts.Select(p => p.Trim()));
        var chapters = await page.Locator("#sidebar .nav-chapter a").AllInnerTextsAsync();
        Assert.Contains(chapters, c => c.Contains("Numbers in ML", StringComparison.Ordinal));
        Assert.Contains(chapters, c => c.Contains("Deployment and Monitoring", StringComparison.Ordinal));

        var current = page.Locator("#sidebar [aria-current=page]");
        Assert.Equal(1, await current.CountAsync());
        Assert.Equal(Visit.Chapter, await current.GetAttributeAsync("href"));

        await page.Locator("#sidebar a", new() { HasText = "Numbers in ML" }).ClickAsync();
        await page.WaitForURLAsync("**/numbers.html");
        Assert.Equal("numbers.html", await page.Locator("#sidebar [aria-current=page]").GetAttributeAsync("href"));
        Assert.Contains("Numbers in ML", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Previous_and_next_follow_reading_order()
    {
        await using var context = await book.NewContextAsync();
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);

        await page.Locator("a.pager-next").ClickAsync();
        await page.WaitForURLAsync("**/integer-matmul.html");
        await page.Locator("a.pager-prev").ClickAsync();
        await page.WaitForURLAsync("**/quantization.html");
        await page.Locator("a.pager-prev").ClickAsync();
        await page.WaitForURLAsync("**/numbers.html");

        // The whole reading order, from the preface forward, is the sidebar's order of book pages.
        await page.GotoAsync("index.html");
        var sidebar = (await page.Locator("#sidebar a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))")).ToList();
        var visited = new List<string> { "index.html" };
        for (var i = 0; i < 30 && await page.Locator("a.pager-next").CountAsync() > 0; i++)
        {
            var href = (await page.Locator("a.pager-next").GetAttributeAsync("href"))!;
            await page.Locator("a.pager-next").ClickAsync();
            await page.WaitForLoadStateAsync();
            visited.Add(new Uri(page.Url).AbsolutePath.TrimStart('/'));
            Assert.EndsWith(href.Split('/')[^1], page.Url, StringComparison.Ordinal);
        }

        var bookPages = sidebar.Where(visited.Contains).ToList();
        Assert.Equal(bookPages, visited);
        Assert.Contains("deployment-monitoring.html", visited);
    }

    [BrowserFact]
    public async Task On_this_page_links_jump_to_their_section()
    {
        await using var context = await book.NewContextAsync();
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
        var links = page.Locator(".page-toc a[href^='#']");
        Assert.True(await links.CountAsync() >= 4, "the chapter's On this page has fewer than 4 entries");

        var last = links.Last;
        var hash = (await last.GetAttributeAsync("href"))!;
        await last.ClickAsync();
        await page.WaitForFunctionAsync("h => location.hash === h", hash);
        await page.WaitForTimeoutAsync(600); // smooth scrolling, if any, has finished
        Assert.True(await Visit.InViewportAsync(page, hash), $"{hash} is not in the viewport after clicking its On this page link");
        Assert.False(await Visit.InViewportAsync(page, "h1"), "the page did not scroll");
    }
}
