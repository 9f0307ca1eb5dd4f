using Book.Core.Config;
using Book.Core.Diagnostics;

namespace Book.Core.Tests.Config;

public sealed class ReadSiteConfigTests
{
    private const string Minimal = """
        title: "A Book"
        parts:
          - title: "One"
            chapters:
              - ch1.md
        """;

    [Fact]
    public void Reads_every_key()
    {
        using var book = new TempBook()
            .File("book/index.md", "# Hi").File("book/ch1.md", "# One").File("book/ch2.md", "# Two")
            .File("book/refs.bib", "").File("book/glossary.yml", "[]").File("theme/templates/x.liquid", "")
            .Config("""
                title: "A Book"
                subtitle: Sub
                description: Desc
                authors: [Ada, Grace]
                language: fr
                base-url: https://example.org/
                path-prefix: /book/
                repository:
                  url: https://github.com/o/r/
                  branch: dev
                book: book
                front-matter: [index.md]
                parts:
                  - title: "Part One"
                    chapters: [ch1.md]
                back-matter: ch2.md
                bibliography: refs.bib
                glossary: glossary.yml
                theme: theme
                search:
                  enabled: false
                  stemming: false
                  chapter-boost: 3
                external-labels:
                  sec-other: { title: "Other book", url: "https://other.org/x.html" }
                """);
        var diagnostics = new DiagnosticBag();

        var config = ReadSiteConfig.Read(book.ConfigPath, diagnostics)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal("A Book", config.Title);
        Assert.Equal("Sub", config.Subtitle);
        Assert.Equal(["Ada", "Grace"], config.Authors);
        Assert.Equal("fr", config.Language);
        Assert.Equal("https://example.org/book/", config.BaseUrl);
        Assert.Equal("https://github.com/o/r", config.RepositoryUrl);
        Assert.Equal("dev", config.RepositoryBranch);
        Assert.Equal(["index.md", "ch1.md", "ch2.md"], config.AllChapters.Select(c => c.RelativePath));
        Assert.Equal([Matter.Front, Matter.Main, Matter.Back], config.AllChapters.Select(c => c.Matter));
        Assert.Equal("Part One", config.Parts[0].Title);
        Assert.EndsWith("refs.bib", Assert.Single(config.Bibliography));
        Assert.EndsWith("glossary.yml", config.Glossary);
        Assert.EndsWith("theme", config.ThemeFolder);
        Assert.False(config.Search.Enabled);
        Assert.False(config.Search.Stemming);
        Assert.Equal(3, config.Search.ChapterBoost);
        Assert.Equal("https://other.org/x.html", config.ExternalLabels["sec-other"].Url);
    }

    [Fact]
    public void Unknown_key_is_a_warning_naming_the_nearest_valid_key()
    {
        using var book = new TempBook().File("book/ch1.md", "# One").Config(Minimal + "\nbibliograpy: refs.bib\n");
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(ReadSiteConfig.Read(book.ConfigPath, diagnostics));

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(DiagnosticCodes.UnknownKey, d.Code);
        Assert.Equal((6, 1), (d.Line, d.Column));
        Assert.Contains("did you mean 'bibliography'", d.Message);
        Assert.EndsWith("site.yml", d.File);
    }

    [Fact]
    public void Wrong_type_is_an_error_at_the_value()
    {
        using var book = new TempBook().File("book/ch1.md", "# One").Config(Minimal + "\nsearch:\n  enabled: maybe\n");
        var diagnostics = new DiagnosticBag();

        ReadSiteConfig.Read(book.ConfigPath, diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Error, DiagnosticCodes.WrongType), (d.Severity, d.Code));
        Assert.Equal((7, 12), (d.Line, d.Column));
        Assert.Contains("'enabled' must be true or false", d.Message);
    }

    [Fact]
    public void Parts_must_be_a_list()
    {
        using var book = new TempBook().Config("title: T\nparts: ch1.md\n");
        var diagnostics = new DiagnosticBag();

        ReadSiteConfig.Read(book.ConfigPath, diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.WrongType && d.Line == 2 && d.Column == 8);
    }

    [Fact]
    public void Missing_chapter_is_an_error_at_its_entry()
    {
        using var book = new TempBook().Config(Minimal);
        var diagnostics = new DiagnosticBag();

        ReadSiteConfig.Read(book.ConfigPath, diagnostics);

        var d = diagnostics.Items.First(d => d.Code == DiagnosticCodes.MissingFile);
        Assert.Equal((5, 9), (d.Line, d.Column));
        Assert.Contains("file not found: ch1.md", d.Message);
    }

    [Fact]
    public void A_path_that_escapes_the_book_folder_is_an_error()
    {
        using var book = new TempBook().File("secret.md", "x").Config(Minimal.Replace("ch1.md", "../secret.md"));
        var diagnostics = new DiagnosticBag();

        ReadSiteConfig.Read(book.ConfigPath, diagnostics);

        var d = diagnostics.Items.First(d => d.Code == DiagnosticCodes.PathEscapesBook);
        Assert.Equal(5, d.Line);
        Assert.Contains("outside the book folder", d.Message);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_at_its_position()
    {
        using var book = new TempBook().Config("title: \"A Book\nparts: [\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ReadSiteConfig.Read(book.ConfigPath, diagnostics));

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.MalformedYaml, d.Code);
        Assert.True(d.Line >= 1);
        Assert.Contains("malformed YAML", d.Message);
    }

    [Fact]
    public void Missing_title_and_chapters_are_errors()
    {
        using var book = new TempBook().Config("language: en\n");
        var diagnostics = new DiagnosticBag();

        ReadSiteConfig.Read(book.ConfigPath, diagnostics);

        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == DiagnosticCodes.MissingKey));
    }

    [Fact]
    public void Missing_config_file_is_reported()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ReadSiteConfig.Read("/nonexistent/site.yml", diagnostics));

        Assert.Equal(DiagnosticCodes.ConfigNotFound, Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Bad_base_url_is_an_error()
    {
        using var book = new TempBook().File("book/ch1.md", "# One").Config(Minimal + "\nbase-url: example.org\n");
        var diagnostics = new DiagnosticBag();

        ReadSiteConfig.Read(book.ConfigPath, diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCodes.WrongType, 6, 11), (d.Code, d.Line, d.Column));
    }
}
