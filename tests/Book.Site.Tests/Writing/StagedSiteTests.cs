using Book.Core.Diagnostics;
using Book.Site.Writing;

namespace Book.Site.Tests.Writing;

/// <summary>The build writes its pages before the search index is ready: whatever happens next, the old site stays whole.</summary>
public sealed class StagedSiteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "book-staged-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_folder, "_site");

    public StagedSiteTests()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "index.html"), "old");
    }

    [Fact]
    public void Batches_written_then_committed_replace_the_old_site()
    {
        var staged = StagedSite.Begin(Output, new DiagnosticBag())!;
        Assert.True(staged.Write(Batch(("index.html", "new"), ("intro.html", "page"))));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));

        Assert.True(staged.Write(Batch(("search/index.json", "{}"))));
        Assert.True(staged.Commit());

        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(Output, "search", "index.json")));
        Assert.Equal([Output], Directory.GetDirectories(_folder));
    }

    [Fact]
    public void An_abandoned_site_leaves_the_old_one_and_no_hidden_folder()
    {
        var staged = StagedSite.Begin(Output, new DiagnosticBag())!;
        Assert.True(staged.Write(Batch(("index.html", "new"))));

        staged.Abandon();

        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal([Output], Directory.GetDirectories(_folder));
    }

    [Fact]
    public void A_batch_that_cannot_be_written_is_an_error_and_nothing_is_swapped_in()
    {
        var diagnostics = new DiagnosticBag();
        var staged = StagedSite.Begin(Output, diagnostics)!;
        Assert.True(staged.Write(Batch(("page", "a file"))));

        // "page" is a file now, so "page/inner.html" cannot be created.
        Assert.False(staged.Write(Batch(("page/inner.html", "x"))));

        Assert.False(staged.Commit());
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.OutputNotWritable, error.Code);
        Assert.Contains("could not write the site", error.Message);
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal([Output], Directory.GetDirectories(_folder));
    }

    private static SiteOutput Batch(params (string Path, string Text)[] files)
    {
        var batch = new SiteOutput();
        foreach (var (path, text) in files)
        {
            batch.Add(path, text);
        }

        return batch;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
