using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>Small helpers the browser tests share: open a page with a problem recorder, wait for the theme's scripts.</summary>
public static class Visit
{
    public static async Task<(IPage Page, PageProblems Problems)> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, problems);
    }

    /// <summary>A chapter that has math, footnotes and a quiz: the book's quantization chapter.</summary>
    public const string Chapter = "quantization.html";

    /// <summary>
    /// Waits until the page has loaded and the theme's lazy work (KaTeX) is done. Not NetworkIdle: on a
    /// loaded CI machine it can take longer than the whole test should.
    /// </summary>
    public static async Task SettleAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForFunctionAsync(
            "() => !document.querySelector('.math') || document.documentElement.classList.contains('math-rendered')",
            null, new() { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(200); // requests started by the load handlers (fonts) have begun
    }

    public static string Describe(IEnumerable<string> lines) => string.Join("\n  ", lines);

    /// <summary>The first element matching the selector is inside the viewport.</summary>
    public static Task<bool> InViewportAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>(
            "s => { const e = document.querySelector(s); if (!e) return false; const r = e.getBoundingClientRect();" +
            " return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth; }",
            selector);
}
