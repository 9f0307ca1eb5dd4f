using Book.Site.Markdown;
using Book.Site.Tests.Support;
using Markdig;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Tests.Markdown;

/// <summary>
/// Runs every example of every <c>tests/Book.Site.Tests/Specs/*.md</c> through THE pipeline
/// (<see cref="MarkdownPipelineFactory"/>). Set <c>BOOK_BLESS=1</c> to rewrite the expected outputs
/// with the current ones (then review the diff).
/// </summary>
public sealed class MarkdownSpecTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    public static string SpecDirectory => Path.Combine(RepoPaths.Root, "tests", "Book.Site.Tests", "Specs");

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(SpecDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            if (Environment.GetEnvironmentVariable("BOOK_BLESS") == "1")
            {
                SpecFileReader.Bless(file, Render);
            }

            foreach (var example in SpecFileReader.Read(file))
            {
                data.Add(Path.GetFileName(file), example.Number);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(string file, int number)
    {
        var example = SpecFileReader.Read(Path.Combine(SpecDirectory, file))[number - 1];
        var (html, diagnostics) = Render(example);
        var message = $"{file} example {number} (line {example.Line}):\n--- markdown\n{example.Markdown}--- expected\n{example.Html}--- actual\n{html}";
        Assert.True(example.Html == html, message);
        Assert.True((example.Diagnostics ?? []).SequenceEqual(diagnostics),
            $"{message}--- expected diagnostics\n{string.Join('\n', example.Diagnostics ?? [])}\n--- actual diagnostics\n{string.Join('\n', diagnostics)}");
    }

    [Fact]
    public void Every_extension_has_a_spec_file_with_examples()
    {
        var files = Directory.GetFiles(SpecDirectory, "*.md");
        Assert.True(files.Length >= 10, $"expected a spec file per extension in {SpecDirectory}");
        Assert.All(files, file => Assert.NotEmpty(SpecFileReader.Read(file)));
    }

    internal static (string Html, IReadOnlyList<string> Diagnostics) Render(SpecExample example)
    {
        var document = MarkdigMarkdown.Parse(example.Markdown, Pipeline);
        SpecNumbering.Run(document);
        Book.Site.Markdown.Extensions.Tikz.ExtractTikzSources.Run(document, "input");
        var html = document.ToHtml(Pipeline);
        var diagnostics = MarkdownDiagnostics.For(document, "input.md").Select(d => d.ToString()).ToList();
        return (html, diagnostics);
    }
}
