using Book.Core.Diagnostics;
using Book.Site.Authoring;

namespace Book.Site.Tests.Authoring;

public sealed class AddChapterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("book-new-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Adds_the_chapter_after_the_named_parts_last_chapter_keeping_comments()
    {
        var config = Write("""
            title: My book   # the title
            parts:
              # Part one: foundations
              - title: Foundations
                chapters:
                  - intro.md        # first
                  - numbers.md
              - title: Kernels
                chapters:
                  - softmax.md
            back-matter: [glossary.md]
            """);

        var result = AddChapter.Run(config, "Model Compression & Pruning", "foundations", new DiagnosticBag());

        Assert.NotNull(result);
        Assert.Equal("""
            title: My book   # the title
            parts:
              # Part one: foundations
              - title: Foundations
                chapters:
                  - intro.md        # first
                  - numbers.md
                  - model-compression-pruning.md
              - title: Kernels
                chapters:
                  - softmax.md
            back-matter: [glossary.md]
            """, File.ReadAllText(config));
        var chapter = File.ReadAllText(Path.Combine(_folder, "book", "model-compression-pruning.md"));
        Assert.StartsWith("---\ntitle: \"Model Compression & Pruning\"", chapter, StringComparison.Ordinal);
        Assert.Contains("{#sec-model-compression-pruning-introduction}", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_part_adds_to_the_last_part_and_handles_flow_lists()
    {
        var config = Write("""
            title: B
            parts:
              - title: One
                chapters: [a.md, b.md]
            """);

        AddChapter.Run(config, "Caches", null, new DiagnosticBag());

        Assert.Contains("chapters: [a.md, b.md, caches.md]", File.ReadAllText(config), StringComparison.Ordinal);
    }

    [Fact]
    public void Part_by_number()
    {
        var config = Write("title: B\nparts:\n  - title: One\n    chapters:\n      - a.md\n  - title: Two\n    chapters:\n      - b.md\n");

        var result = AddChapter.Run(config, "New one", "1", new DiagnosticBag());

        Assert.Equal("One", result!.PartTitle);
        Assert.Equal("title: B\nparts:\n  - title: One\n    chapters:\n      - a.md\n      - new-one.md\n  - title: Two\n    chapters:\n      - b.md\n", File.ReadAllText(config));
    }

    [Fact]
    public void Unknown_part_is_an_error_naming_the_parts_and_nothing_is_written()
    {
        const string original = "title: B\nparts:\n  - title: One\n    chapters:\n      - a.md\n";
        var config = Write(original);
        var diagnostics = new DiagnosticBag();

        var result = AddChapter.Run(config, "X", "Nine", diagnostics);

        Assert.Null(result);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("BK904", error.Code);
        Assert.Contains("1 'One'", error.Message, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(config));
        Assert.False(File.Exists(Path.Combine(_folder, "book", "x.md")));
    }

    [Fact]
    public void Existing_file_is_not_overwritten()
    {
        var config = Write("title: B\nparts:\n  - title: One\n    chapters:\n      - a.md\n");
        Directory.CreateDirectory(Path.Combine(_folder, "book"));
        File.WriteAllText(Path.Combine(_folder, "book", "a.md"), "mine");
        var diagnostics = new DiagnosticBag();

        AddChapter.Run(config, "A", null, diagnostics);

        Assert.Equal("BK905", Assert.Single(diagnostics.Items).Code);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_folder, "book", "a.md")));
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line()
    {
        var config = Write("title: B\nparts:\n  - title: [unclosed\n");
        var diagnostics = new DiagnosticBag();

        AddChapter.Run(config, "A", null, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("BK902", error.Code);
        Assert.True(error.Line >= 3, error.ToString());
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, "site.yml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
