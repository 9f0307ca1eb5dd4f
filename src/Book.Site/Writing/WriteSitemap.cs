using System.Security;
using System.Text;

namespace Book.Site.Writing;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9): absolute URLs are required, so it needs site.yml's
/// <c>base-url</c>; without one there is no sitemap (and the build says so in its summary).
/// </summary>
public static class WriteSitemap
{
    public static string? Render(string baseUrl, IEnumerable<string> pageUrls)
    {
        if (baseUrl.Length == 0)
        {
            return null;
        }

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in pageUrls)
        {
            var absolute = baseUrl + (url == "index.html" ? "" : url);
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(absolute)).Append("</loc></url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }
}
