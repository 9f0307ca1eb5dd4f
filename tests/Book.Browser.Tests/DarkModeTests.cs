using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>The dark-mode toggle changes what the reader sees, is remembered, and the system preference rules until then.</summary>
[Collection(ServedBookCollection.Name)]
public sealed class DarkModeTests(ServedBook book)
{
    private const string Background = "getComputedStyle(document.body).backgroundColor";

    [BrowserFact]
    public async Task Toggle_switches_the_background_and_persists_after_reload()
    {
        await using var context = await book.NewContextAsync(scheme: ColorScheme.Light);
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
        var light = await page.EvaluateAsync<string>(Background);

        await page.Locator(".theme-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(400); // colour transitions
        var dark = await page.EvaluateAsync<string>(Background);
        Assert.NotEqual(light, dark);
        Assert.Equal("true", await page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
        Assert.True(Luminance(dark) < Luminance(light), $"dark background {dark} is not darker than light {light}");

        await page.ReloadAsync();
        await page.WaitForTimeoutAsync(400);
        Assert.Equal(dark, await page.EvaluateAsync<string>(Background));

        await page.Locator(".theme-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(400);
        Assert.Equal(light, await page.EvaluateAsync<string>(Background));
    }

    [BrowserFact]
    public async Task System_dark_preference_is_followed_when_nothing_is_stored()
    {
        await using var lightContext = await book.NewContextAsync(scheme: ColorScheme.Light);
        await using var darkContext = await book.NewContextAsync(scheme: ColorScheme.Dark);
        var (lightPage, _) = await Visit.OpenAsync(lightContext, Visit.Chapter);
        var (darkPage, _) = await Visit.OpenAsync(darkContext, Visit.Chapter);
        var light = await lightPage.EvaluateAsync<string>(Background);
        var dark = await darkPage.EvaluateAsync<string>(Background);

        Assert.True(Luminance(dark) < Luminance(light), $"with the system in dark mode the background is {dark}; in light mode {light}");
        Assert.Equal("true", await darkPage.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
    }

    /// <summary>Relative luminance proxy of a computed "rgb(r, g, b)" colour.</summary>
    internal static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',', StringSplitOptions.TrimEntries);
        return (0.2126 * double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture))
             + (0.7152 * double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))
             + (0.0722 * double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
