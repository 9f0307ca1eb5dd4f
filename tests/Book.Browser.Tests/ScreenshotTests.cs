using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>Screenshots kept as artifacts of the run (desktop light, desktop dark, phone with the menu open), for a person to look at.</summary>
[Collection(ServedBookCollection.Name)]
public sealed class ScreenshotTests(ServedBook book)
{
    [BrowserFact]
    public async Task Chapter_screenshots_desktop_light_dark_and_phone_menu()
    {
        var shots = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await book.NewContextAsync(width: 1440, height: 900, scheme: scheme);
            var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
            await Visit.SettleAsync(page);
            await page.WaitForSelectorAsync(".katex", new() { State = WaitForSelectorState.Attached });
            // Scroll to the first margin note: math, text and a sidenote in one picture.
            await page.Locator(".sidenote").First.ScrollIntoViewIfNeededAsync();
            var file = Path.Combine(RepoPaths.Artifacts, $"chapter-desktop-{scheme.ToString().ToLowerInvariant()}.png");
            await page.ScreenshotAsync(new() { Path = file });
            shots.Add(file);
        }

        await using (var phone = await book.NewContextAsync(width: 375, height: 812))
        {
            var (page, _) = await Visit.OpenAsync(phone, Visit.Chapter);
            await Visit.SettleAsync(page);
            await page.Locator(".menu-toggle").ClickAsync();
            await page.WaitForTimeoutAsync(500);
            var file = Path.Combine(RepoPaths.Artifacts, "chapter-phone-menu.png");
            await page.ScreenshotAsync(new() { Path = file });
            shots.Add(file);
        }

        foreach (var file in shots)
        {
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small");
        }
    }
}
