using Book.Site.Markdown;
using Book.Site.Markdown.Extensions.Tikz;
using Markdig;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Tests.Markdown;

/// <summary>TikZ sources leave the page for files of their own, named after the figure when it has a label.</summary>
public sealed class ExtractTikzSourcesTests
{
    [Fact]
    public void Each_block_gets_a_file_named_after_its_figure_or_its_place_holding_its_exact_source()
    {
        const string markdown = """
            ::: {#fig-net}
            ```{.tikz}
            \draw (0,0) -- (1,1);
            ```
            A net.
            :::

            ```tikz
            \node {a < b};
            ```

            ```{.tikz #fig-arrow fig-cap="An arrow"}
            \draw[->] (0,0) -- (1,0);
            ```
            """;
        var pipeline = MarkdownPipelineFactory.Create();
        var document = MarkdigMarkdown.Parse(markdown, pipeline);

        var files = ExtractTikzSources.Run(document, "ops");

        Assert.Equal(["tikz/ops-fig-net.tex.txt", "tikz/ops-2.tex.txt", "tikz/ops-fig-arrow.tex.txt"], files.Keys);
        Assert.Equal("\\node {a < b};\n", files["tikz/ops-2.tex.txt"]);
        Assert.Equal("\\draw[->] (0,0) -- (1,0);\n", files["tikz/ops-fig-arrow.tex.txt"]);
        var html = document.ToHtml(pipeline);
        Assert.DoesNotContain("\\draw", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tikz/ops-2.tex.txt\" type=\"text/plain\">TikZ source</a>", html, StringComparison.Ordinal);
    }
}
