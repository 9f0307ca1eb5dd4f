using System.IO.Compression;
using Microsoft.Playwright;

namespace Book.Benchmarks.Search;

/// <summary>
/// What a page transfers, gzip-compressed as a server would send it: the HTML and every stylesheet, script
/// and font the page loads by itself, not images and not the search index (loaded only when the search box
/// is used). The columns count what arrived by the page's load event (first paint); <see cref="Settled"/>
/// adds what the page fetched afterwards without any interaction (KaTeX, once idle, on pages with math).
/// </summary>
public sealed record PageWeight(string Page, long Html, long Css, long Js, long Fonts, long Katex, long Other, long Settled)
{
    public long Total => Html + Css + Js + Fonts + Other;

    public static async Task<PageWeight> MeasureAsync(IBrowser browser, Uri site, string page)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        context.SetDefaultTimeout(120_000);
        var responses = new List<IResponse>();
        context.Response += (_, response) =>
        {
            lock (responses)
            {
                responses.Add(response);
            }
        };
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(page, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        IResponse[] firstPaint;
        lock (responses)
        {
            firstPaint = [.. responses];
        }

        // Settle as the browser tests do (not NetworkIdle, which a loaded machine may never reach).
        await tab.WaitForFunctionAsync("() => !document.querySelector('.math') || document.documentElement.classList.contains('math-rendered')", null, new() { Timeout = 120_000 });
        await tab.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        await tab.WaitForTimeoutAsync(500);
        IResponse[] settled;
        lock (responses)
        {
            settled = [.. responses];
        }

        long later = 0;
        foreach (var response in settled.Except(firstPaint))
        {
            later += Counted(response) ? await GzipSizeAsync(response) : 0;
        }

        long html = 0, css = 0, js = 0, fonts = 0, katex = 0, other = 0;
        foreach (var response in firstPaint)
        {
            if (!Counted(response))
            {
                continue;
            }

            var url = response.Url;
            var type = response.Request.ResourceType;
            var size = await GzipSizeAsync(response);
            if (url.Contains("katex", StringComparison.OrdinalIgnoreCase) || url.Contains("auto-render", StringComparison.Ordinal))
            {
                katex += size;
            }

            switch (type)
            {
                case "document": html += size; break;
                case "stylesheet": css += size; break;
                case "script": js += size; break;
                case "font": fonts += size; break;
                default: other += size; break;
            }
        }

        return new PageWeight(page, html, css, js, fonts, katex, other, html + css + js + fonts + other + later);
    }

    private static bool Counted(IResponse response) =>
        response.Request.ResourceType is not ("image" or "media")
        && !response.Url.Contains("/search/", StringComparison.Ordinal)
        && !response.Url.Contains("lunr", StringComparison.Ordinal);

    private static async Task<long> GzipSizeAsync(IResponse response)
    {
        byte[] body;
        try
        {
            body = await response.BodyAsync();
        }
        catch (PlaywrightException)
        {
            return 0; // redirects and aborted requests have no body
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return buffer.Length;
    }
}
