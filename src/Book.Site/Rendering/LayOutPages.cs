using Book.Core.Diagnostics;
using Book.Site.Layout;
using Book.Site.Model;
using Book.Site.Writing;

namespace Book.Site.Rendering;

/// <summary>
/// Wraps every page in the theme's layout (all pages known, so navigation is complete), publishes
/// the theme's hashed assets and the book's images, and adds <c>sitemap.xml</c>. The templates may
/// come parsed already (<paramref name="layout"/>): the build parses them while chapters load.
/// </summary>
public static class LayOutPages
{
    public static SiteOutput Run(BookModel book, IReadOnlyList<GeneratedPage> generated,
        IReadOnlyDictionary<string, string> files, bool liveReload, DiagnosticBag diagnostics, ApplyLayout? layout = null)
    {
        var themeFiles = new ThemeFiles(book.Config.ThemeFolder);
        return Run(book, generated, files, liveReload, layout ?? new ApplyLayout(themeFiles, diagnostics), new ThemeAssets(themeFiles)).Output;
    }

    /// <summary>The stage with its theme given; also returns the site view, which <c>book serve</c> keeps to lay out edited pages again.</summary>
    public static (SiteOutput Output, SiteView View) Run(BookModel book, IReadOnlyList<GeneratedPage> generated,
        IReadOnlyDictionary<string, string> files, bool liveReload, ApplyLayout layout, ThemeAssets assets)
    {
        var output = new SiteOutput();
        foreach (var asset in assets.Assets)
        {
            output.Add(asset.Url, asset.Content);
        }

        foreach (var (path, text) in book.Chapters.SelectMany(c => c.OwnFiles))
        {
            output.Add(path, text);
        }

        foreach (var (source, target) in files)
        {
            output.Copies[source] = target;
        }

        var (site, pages) = MakePageViews.Run(book, generated, assets.Map, liveReload);
        Parallel.ForEach(pages, page => output.Add(page.Url, layout.RenderUtf8(site, page)));
        var sitemap = WriteSitemap.Render(book.Config.BaseUrl,
            book.Chapters.SelectMany(c => c.Pages.Select(p => p.Url)).Concat(generated.Where(g => g.Kind != "404").Select(g => g.Url)));
        if (sitemap is not null)
        {
            output.Add("sitemap.xml", sitemap);
        }

        return (output, site);
    }
}
