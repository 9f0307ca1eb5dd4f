using Book.Site.Numbering;

namespace Book.Site.Tests.Numbering;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("word", "word")]
    [InlineData("two words", "two words")]
    [InlineData("  lead and trail  ", "lead and trail")]
    [InlineData("runs \t\n\r  of\f\vspace", "runs of space")]
    [InlineData("no\u00A0break\u2003em\u3000ideographic\u2028line\u0085next", "no break em ideographic line next")]
    [InlineData("zero\u200Bwidth is not space", "zero\u200Bwidth is not space")]
    [InlineData("\n", "")]
    [InlineData("a\n", "a")]
    [InlineData("\na", "a")]
    public void Collapse_joins_every_whitespace_run_into_one_space_and_trims(string text, string expected) =>
        Assert.Equal(expected, PlainText.Collapse(text));

    [Fact]
    public void Collapse_of_a_long_text_matches_a_char_by_char_reading()
    {
        var random = new Random(7);
        var alphabet = "ab c\t\n\u00A0\u2009 d.";
        var text = new string([.. Enumerable.Range(0, 20_000).Select(_ => alphabet[random.Next(alphabet.Length)])]);

        var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, PlainText.Collapse(text));
    }
}
