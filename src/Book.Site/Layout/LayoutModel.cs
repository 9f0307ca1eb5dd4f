namespace Book.Site.Layout;

/// <summary>
/// The values a template sees, as plain dictionaries and lists (Fluid reads them without reflection
/// registration): <c>site</c>, <c>page</c> and <c>assets</c> (logical name → URL relative to the page).
/// Names are snake_case, as Liquid themes expect.
/// </summary>
internal static class LayoutModel
{
    public static Dictionary<string, object?> Site(SiteView site, PageView page) => new()
    {
        ["title"] = site.Title,
        ["subtitle"] = site.Subtitle,
        ["description"] = site.Description,
        ["language"] = site.Language.Length == 0 ? "en" : site.Language,
        ["authors"] = site.Authors.ToList(),
        ["base_url"] = site.BaseUrl,
        ["repository_url"] = site.RepositoryUrl,
        ["live_reload"] = site.LiveReload,
        ["has_progress"] = site.HasProgressPage,
        ["parts"] = site.Parts.Select(part => new Dictionary<string, object?>
        {
            ["title"] = part.Title,
            // Every part starts open; a reader collapses what they do not need.
            ["open"] = true,
            ["current"] = part.Chapters.Any(c => IsCurrent(c, page) || c.Pages.Any(p => IsCurrent(p, page))),
            ["chapters"] = part.Chapters.Select(c => Link(c, page)).ToList(),
        }).ToList(),
    };

    public static Dictionary<string, object?> Page(PageView page, SiteView site)
    {
        var fullTitle = page.Number.Length > 0 ? $"{page.Number} {page.Title}" : page.Title;
        return new()
        {
            ["title"] = page.Title,
            ["full_title"] = fullTitle,
            ["number"] = page.Number,
            ["url"] = page.Url,
            ["root"] = page.Root,
            ["kind"] = page.Kind,
            ["body"] = page.BodyHtml,
            ["body_has_h1"] = page.BodyHtml.Contains("<h1", StringComparison.OrdinalIgnoreCase),
            ["has_sidenotes"] = page.BodyHtml.Contains("class=\"sidenote", StringComparison.Ordinal),
            ["has_quiz"] = page.BodyHtml.Contains("class=\"quiz\"", StringComparison.Ordinal),
            ["description"] = page.Description.Length > 0 ? page.Description : site.Description,
            ["toc"] = page.Toc.Select(t => new Dictionary<string, object?>
            {
                ["level"] = t.Level, ["number"] = t.Number, ["title"] = t.Title, ["anchor"] = t.Anchor,
            }).ToList(),
            ["breadcrumbs"] = page.Breadcrumbs.Select(b => Link(b, page)).ToList(),
            ["prev"] = page.Previous is null ? null : Link(page.Previous, page),
            ["next"] = page.Next is null ? null : Link(page.Next, page),
            ["edit_url"] = page.EditUrl,
            ["canonical_url"] = page.CanonicalUrl.Length > 0 ? page.CanonicalUrl
                : site.BaseUrl.Length > 0 ? site.BaseUrl + page.Url : "",
        };
    }

    public static Dictionary<string, object?> Assets(SiteView site, PageView page) =>
        site.Assets.ToDictionary(a => a.Key, a => (object?)(page.Root + a.Value), StringComparer.Ordinal);

    private static Dictionary<string, object?> Link(NavLink link, PageView page) => new()
    {
        ["title"] = link.Title, ["number"] = link.Number, ["url"] = link.Url, ["current"] = IsCurrent(link, page),
        // A split chapter's later pages, listed in the sidebar while one of the chapter's pages is read.
        ["pages"] = link.Pages.Select(p => Link(p, page)).ToList(),
        ["open"] = link.Pages.Count > 0 && (IsCurrent(link, page) || link.Pages.Any(p => IsCurrent(p, page))),
    };

    private static bool IsCurrent(NavLink link, PageView page) => string.Equals(link.Url, page.Url, StringComparison.Ordinal);
}
