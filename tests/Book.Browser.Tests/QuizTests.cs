using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>A self-check quiz answered wrong then right, the answer kept across a reload and shown on "Your progress".</summary>
[Collection(ServedBookCollection.Name)]
public sealed class QuizTests(ServedBook book)
{
    [BrowserFact]
    public async Task Multiple_choice_wrong_then_right_persists_and_shows_on_the_progress_page()
    {
        var chapter = book.Pages().FirstOrDefault(p =>
            File.ReadAllText(Path.Combine(book.SiteFolder, p)).Contains("data-type=\"mcq\"", StringComparison.Ordinal));
        Assert.True(chapter is not null,
            "no page of the built book has an interactive multiple-choice question (form.quiz-q[data-type=mcq]); " +
            "the chapters' ```quiz blocks are rendered as code");

        await using var context = await book.NewContextAsync();
        var (page, problems) = await Visit.OpenAsync(context, chapter!);
        var form = page.Locator("form.quiz-q[data-type=mcq]").First;
        var formId = (await form.GetAttributeAsync("id"))!;
        var answer = int.Parse((await form.GetAttributeAsync("data-answer"))!, System.Globalization.CultureInfo.InvariantCulture);
        var wrong = answer == 0 ? 1 : 0;
        await form.ScrollIntoViewIfNeededAsync();

        await form.Locator($"input[type=radio][value='{wrong}']").CheckAsync();
        await form.Locator("button.quiz-check").ClickAsync();
        await Assertions.Expect(form.Locator(".quiz-feedback")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("wrong"));
        Assert.False(string.IsNullOrWhiteSpace(await form.Locator(".quiz-feedback").InnerTextAsync()));
        await Assertions.Expect(form.Locator(".quiz-explanation")).ToBeVisibleAsync();

        await form.Locator("button.quiz-retry").ClickAsync();
        await form.Locator($"input[type=radio][value='{answer}']").CheckAsync();
        await form.Locator("button.quiz-check").ClickAsync();
        await Assertions.Expect(form.Locator(".quiz-feedback")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("correct"));
        await Assertions.Expect(form.Locator(".quiz-explanation")).ToBeVisibleAsync();
        await Assertions.Expect(form).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-correct"));

        await page.ReloadAsync();
        var restored = page.Locator("#" + formId);
        await Assertions.Expect(restored).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-correct"));
        await Assertions.Expect(restored.Locator($"input[type=radio][value='{answer}']")).ToBeCheckedAsync();
        Assert.Empty(problems.All);

        await page.GotoAsync("progress.html");
        var row = page.Locator($".progress-table tr[data-page='{chapter}']");
        await Assertions.Expect(row.Locator(".answered")).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator(".correct")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".progress-summary")).Not.ToContainTextAsync("needs JavaScript");
    }
}
