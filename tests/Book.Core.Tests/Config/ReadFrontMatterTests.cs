using Book.Core.Config;
using Book.Core.Diagnostics;

namespace Book.Core.Tests.Config;

public sealed class ReadFrontMatterTests
{
    [Fact]
    public void Reads_title_description_and_bibliography_beside_the_chapter()
    {
        using var book = new TempBook().File("book/ch/refs.bib", "");
        var diagnostics = new DiagnosticBag();
        var chapter = Path.Combine(book.Root, "book/ch/ch.md");

        var front = ReadFrontMatter.Read("---\ntitle: T\ndescription: D\nbibliography: refs.bib\nconcepts: c.yml\n---\n# Body\n",
            chapter, Path.Combine(book.Root, "book"), "ch.md", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("T", front.Title);
        Assert.Equal("D", front.Description);
        Assert.EndsWith("refs.bib", Assert.Single(front.Bibliography));
        Assert.Equal(6, front.LineCount);
    }

    [Fact]
    public void Malformed_front_matter_is_an_error_at_the_chapter_line()
    {
        var diagnostics = new DiagnosticBag();

        ReadFrontMatter.Read("---\ntitle: ok\ndescription: \"open\n---\n", "/b/ch.md", "/b", "ch.md", diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.MalformedFrontMatter, d.Code);
        Assert.Equal("ch.md", d.File);
        Assert.True(d.Line >= 3, $"line {d.Line}");
    }

    [Fact]
    public void Unknown_key_warns_with_the_chapter_line_and_wrong_type_errors()
    {
        var diagnostics = new DiagnosticBag();

        ReadFrontMatter.Read("---\ntitel: T\ntitle: [a, b]\n---\n", "/b/ch.md", "/b", "ch.md", diagnostics);

        Assert.Contains(diagnostics.Items, d => d is { Code: DiagnosticCodes.UnknownKey, Line: 2 } && d.Message.Contains("'title'"));
        Assert.Contains(diagnostics.Items, d => d is { Code: DiagnosticCodes.WrongType, Line: 3, Severity: Severity.Error });
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        ReadFrontMatter.Read("---\ntitle: T\n# Body\n", "/b/ch.md", "/b", "ch.md", diagnostics);

        Assert.Equal(DiagnosticCodes.MalformedFrontMatter, Assert.Single(diagnostics.Items).Code);
    }
}
