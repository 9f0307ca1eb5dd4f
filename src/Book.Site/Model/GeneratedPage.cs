using Book.Site.Layout;

namespace Book.Site.Model;

/// <summary>A page made by the generator rather than from a chapter file: references, glossary, 404.</summary>
/// <param name="Url">Site-relative URL: <c>references.html</c>.</param>
/// <param name="Title">Page title.</param>
/// <param name="Kind">Layout kind ("back", "404").</param>
/// <param name="BodyHtml">The rendered body.</param>
/// <param name="InNavigation">Listed in the sidebar (back matter) and the sitemap.</param>
public sealed record GeneratedPage(string Url, string Title, string Kind, string BodyHtml, bool InNavigation)
{
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
}
