using System.Text.Json;
using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>axe-core finds no serious or critical accessibility violation on each kind of page, light and dark.</summary>
[Collection(ServedBookCollection.Name)]
public sealed class AccessibilityTests(ServedBook book)
{
    private static readonly string AxeScript = Path.Combine(RepoPaths.Root, "src", "Book.Site", "npm", "node_modules", "axe-core", "axe.min.js");

    [BrowserFact]
    public async Task Axe_finds_no_serious_or_critical_violations_in_light_and_dark()
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing at {AxeScript}: build src/Book.Site (it runs npm ci there)");
        var pages = new List<string> { "index.html", Visit.Chapter, "progress.html", "this-page-does-not-exist.html" };
        var exercise = book.Pages().FirstOrDefault(p => p.StartsWith("exercises/", StringComparison.Ordinal));
        if (exercise is not null)
        {
            pages.Insert(2, exercise);
        }

        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await book.NewContextAsync(scheme: scheme);
            var results = await Task.WhenAll(pages.Select(url => AuditAsync(context, url)));
            foreach (var (url, status, violations) in results)
            {
                if (status >= 400 && !url.StartsWith("this-page", StringComparison.Ordinal))
                {
                    failures.Add($"[{scheme}] {url}: HTTP {status}, the page does not exist");
                }

                failures.AddRange(violations.Select(v => $"[{scheme}] {url}: {v}"));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} serious/critical violation(s):\n  " + Visit.Describe(failures));
    }

    private static async Task<(string Url, int Status, List<string> Violations)> AuditAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url);
        await Visit.SettleAsync(page);
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                             targets: v.nodes.slice(0, 4).map(n => n.target.join(' ')), count: v.nodes.length }));
            }
            """);
        var violations = json.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("count").GetInt32()} node(s)): " +
            $"{v.GetProperty("help").GetString()} at {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}").ToList();
        await page.CloseAsync();
        return (url, response?.Status ?? 0, violations);
    }
}
