using Book.Site.Bibliography;
using Book.Site.Glossary;
using Book.Site.Model;
using Markdig;

namespace Book.Site.Rendering;

/// <summary>
/// The pages the generator makes itself: the glossary and the references page (back matter, when
/// the book has a glossary or cites anything) and the 404 page.
/// </summary>
public static class RenderBackMatter
{
    public static IReadOnlyList<GeneratedPage> Run(BookModel book, MarkdownPipeline pipeline)
    {
        var pages = new List<GeneratedPage>();
        if (book.GlossaryTerms.Count > 0)
        {
            pages.Add(new GeneratedPage("glossary.html", "Glossary", "back", RenderGlossary.Page(book.GlossaryTerms, pipeline), InNavigation: true));
        }

        var cited = book.Chapters.SelectMany(c => c.CitedKeys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (cited.Count > 0)
        {
            pages.Add(new GeneratedPage("references.html", "References", "back", RenderReferences.Page(book.Bibliography, cited), InNavigation: true));
        }

        pages.Add(new GeneratedPage("404.html", "Page not found", "404", "", InNavigation: false));
        return pages;
    }
}
