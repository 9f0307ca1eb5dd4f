using Book.Core.Diagnostics;
using Book.Site.Pipeline;
using Book.Site.Tests.Support;
using Book.Site.Writing;

namespace Book.Site.Tests.Writing;

public sealed class WriteSiteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "book-write-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_build_replaces_the_whole_previous_site()
    {
        var output = Path.Combine(_folder, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");
        var site = new SiteOutput();
        site.Add("index.html", "new");
        site.Add("assets/a.css", "x");

        Assert.True(WriteSite.Run(site, output, new DiagnosticBag()));

        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal([output], Directory.GetDirectories(_folder));
    }

    [Fact]
    public void A_failed_build_leaves_the_old_site_untouched()
    {
        var output = Path.Combine(_folder, "_site");
        var good = BuildSite.Run(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.GoldenBooks, "basic", "site.yml"), OutputDirectory = output });
        Assert.True(good.Written);
        var before = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToList();

        var bad = BuildSite.Run(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.GoldenBooks, "unknown-reference", "site.yml"), OutputDirectory = output });

        Assert.False(bad.Written);
        Assert.Equal(before, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Contains("intro.html", before.Select(Path.GetFileName));
    }

    [Fact]
    public void Warnings_as_errors_keep_the_old_site()
    {
        var output = Path.Combine(_folder, "_site");
        var result = BuildSite.Run(new BuildOptions
        {
            ConfigPath = Path.Combine(RepoPaths.GoldenBooks, "missing-image", "site.yml"),
            OutputDirectory = output,
            WarningsAsErrors = true,
        });

        Assert.False(result.Written);
        Assert.False(result.Succeeded(warningsAsErrors: true));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void The_written_site_has_sitemap_404_canonical_urls_and_the_images()
    {
        var output = Path.Combine(_folder, "_site");
        var result = BuildSite.Run(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.GoldenBooks, "basic", "site.yml"), OutputDirectory = output });

        Assert.True(result.Written);
        var sitemap = File.ReadAllText(Path.Combine(output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/golden/intro.html</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/golden/</loc>", sitemap);
        Assert.DoesNotContain("404.html", sitemap);
        Assert.True(File.Exists(Path.Combine(output, "404.html")));
        Assert.True(File.Exists(Path.Combine(output, "images", "plot.svg")));
        Assert.Contains("https://example.org/golden/intro.html", File.ReadAllText(Path.Combine(output, "intro.html")));
        Assert.Contains("https://github.com/example/golden/edit/main/book/intro.md", File.ReadAllText(Path.Combine(output, "intro.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
