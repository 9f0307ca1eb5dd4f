using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>At a 375-px phone width nothing scrolls sideways and the menu button opens the contents.</summary>
[Collection(ServedBookCollection.Name)]
public sealed class PhoneTests(ServedBook book)
{
    [BrowserFact]
    public async Task No_page_scrolls_horizontally_at_375_px()
    {
        await using var context = await book.NewContextAsync(width: 375, height: 812);
        var wide = new List<string>();
        foreach (var batch in book.Pages().Chunk(4))
        {
            var widths = await Task.WhenAll(batch.Select(async url =>
            {
                var (page, _) = await Visit.OpenAsync(context, url);
                await Visit.SettleAsync(page);
                // The widest element names the culprit in the failure message.
                var found = await page.EvaluateAsync<string>("""
                    () => {
                      const w = document.documentElement.scrollWidth;
                      if (w <= 375) return '';
                      let worst = null, right = 0;
                      for (const e of document.body.querySelectorAll('*')) {
                        const r = e.getBoundingClientRect();
                        if (r.right > right && getComputedStyle(e).position !== 'fixed') { right = r.right; worst = e; }
                      }
                      const name = worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '') +
                        (worst.className && typeof worst.className === 'string' ? '.' + worst.className.trim().split(/\s+/).join('.') : '') : '?';
                      return 'scrollWidth ' + w + ', widest element ' + name + ' (right edge ' + Math.round(right) + ')';
                    }
                    """);
                await page.CloseAsync();
                return found.Length == 0 ? null : $"{url}: {found}";
            }));
            wide.AddRange(widths.OfType<string>());
        }

        Assert.True(wide.Count == 0, "pages wider than a 375-px phone:\n  " + Visit.Describe(wide));
    }

    [BrowserFact]
    public async Task Menu_button_opens_the_sidebar()
    {
        await using var context = await book.NewContextAsync(width: 375, height: 812);
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
        var sidebar = page.Locator("#sidebar");
        Assert.False(await Visit.InViewportAsync(page, "#sidebar") && await sidebar.IsVisibleAsync(),
            "the sidebar covers the phone screen before the menu is opened");

        await page.Locator(".menu-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(400); // slide-in transition
        Assert.Equal("true", await page.Locator(".menu-toggle").GetAttributeAsync("aria-expanded"));
        Assert.True(await sidebar.IsVisibleAsync() && await Visit.InViewportAsync(page, "#sidebar"), "the menu button does not show the sidebar");
        var current = page.Locator("#sidebar [aria-current=page]");
        Assert.True(await Visit.InViewportAsync(page, "#sidebar [aria-current=page]"), "the open menu does not show the current chapter");
        await Assertions.Expect(current).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".menu-toggle")).ToHaveAttributeAsync("aria-expanded", "false");
    }
}
