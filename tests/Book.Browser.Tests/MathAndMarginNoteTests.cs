using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>KaTeX renders the math; footnotes sit in the margin on a wide screen and open inline on a phone.</summary>
[Collection(ServedBookCollection.Name)]
public sealed class MathAndMarginNoteTests(ServedBook book)
{
    [BrowserFact]
    public async Task Math_is_rendered_by_katex_and_no_raw_delimiters_are_visible()
    {
        await using var context = await book.NewContextAsync();
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
        await page.WaitForSelectorAsync(".katex", new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });

        Assert.True(await page.Locator(".katex").CountAsync() > 10, "fewer than 10 KaTeX formulas in the quantization chapter");
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var raw in new[] { "\\(", "\\)", "\\[", "$$" })
        {
            var at = text.IndexOf(raw, StringComparison.Ordinal);
            Assert.True(at < 0, $"raw '{raw}' visible in the page text: …{text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)]}…");
        }

        Assert.Equal(0, await page.Locator(".katex-error").CountAsync());
    }

    [BrowserFact]
    public async Task Sidenote_is_in_the_margin_on_a_wide_screen()
    {
        await using var context = await book.NewContextAsync(width: 1440, height: 900);
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
        var note = page.Locator(".sidenote").First;
        await note.ScrollIntoViewIfNeededAsync();

        Assert.True(await note.IsVisibleAsync(), "the first sidenote is not visible at 1440 px");
        var noteBox = (await note.BoundingBoxAsync())!;
        var paragraph = await page.Locator(".page-body > p").First.BoundingBoxAsync();
        Assert.NotNull(paragraph);
        Assert.True(noteBox.X >= paragraph!.X + paragraph.Width - 1,
            $"sidenote at x={noteBox.X} overlaps the text column ending at x={paragraph.X + paragraph.Width}");
        Assert.True(noteBox.X + noteBox.Width <= 1440, $"sidenote runs off the screen (right edge {noteBox.X + noteBox.Width})");
    }

    [BrowserFact]
    public async Task Footnote_number_toggles_the_note_inline_on_a_phone()
    {
        await using var context = await book.NewContextAsync(width: 375, height: 812);
        var (page, _) = await Visit.OpenAsync(context, Visit.Chapter);
        var reference = page.Locator("sup.footnote-ref a").First;
        var noteId = (await reference.GetAttributeAsync("aria-describedby"))!;
        var note = page.Locator("#" + noteId);
        await reference.ScrollIntoViewIfNeededAsync();
        Assert.False(await note.IsVisibleAsync(), "the sidenote is shown before its number is clicked on a phone");

        await reference.ClickAsync();
        Assert.True(await note.IsVisibleAsync(), "clicking the footnote number does not show the note");
        var box = (await note.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"the opened note is outside the phone screen: x={box.X}, width={box.Width}");
        Assert.Equal("true", await reference.GetAttributeAsync("aria-expanded"));

        await reference.ClickAsync();
        Assert.False(await note.IsVisibleAsync(), "clicking the footnote number again does not hide the note");
    }
}
