using Book.Architecture.Tests.Support;

namespace Book.Architecture.Tests;

/// <summary>The command line's contract: usage errors exit 2, help exits 0, every command has help.</summary>
[Collection("console")]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("new", "chapter")]
    [InlineData("check", "--format", "xml")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    [InlineData("check")]
    [InlineData("new", "chapter")]
    [InlineData("search")]
    [InlineData("lunr")]
    [InlineData("grade")]
    [InlineData("test")]
    [InlineData("exercise", "check")]
    [InlineData("conformance")]
    public void Every_command_has_help(params string[] command)
    {
        var (exit, output, _) = Run([.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_a_missing_config_is_a_usage_error()
    {
        var (exit, _, error) = Run(["build", "--config", "/nonexistent/site.yml"]);

        Assert.Equal(2, exit);
        Assert.Contains("site.yml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_timings_reports_every_stage_and_the_total()
    {
        var root = Path.Combine(Path.GetTempPath(), "book-timings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "book"));
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: Timings\nbook: book\nparts:\n  - title: Part\n    chapters:\n      - one.md\n");
        File.WriteAllText(Path.Combine(root, "book", "one.md"), "---\ntitle: One\n---\n\n## A section {#sec-a}\n\nText.\n");
        try
        {
            var (exit, _, error) = Run(["build", "--config", Path.Combine(root, "site.yml"), "--timings"]);

            Assert.Equal(0, exit);
            var timings = error[error.IndexOf("stage timings:", StringComparison.Ordinal)..];
            foreach (var stage in (string[])["Parsing chapters", "Rendering pages", "Applying the theme", "Writing the pages", "Indexing for search", "Writing the search index", "total"])
            {
                Assert.Matches($@"\n  {stage} +\d+ ms", timings);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Run(string[] args) => InProcessCli.Run(args);
}
