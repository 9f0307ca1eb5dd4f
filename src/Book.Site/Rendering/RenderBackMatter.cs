using System.Text;
using System.Text.Encodings.Web;
using Book.Core.Config;
using Book.Site.Bibliography;
using Book.Site.Glossary;
using Book.Site.Model;
using Book.Site.Quizzes;
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

        // Not in the back-matter list: the sidebar links it on its own (site.has_progress).
        var quizzed = book.Chapters
            .Select(c => new ProgressChapter(c.Title, c.Number, c.PageUrl, QuizPlacement.CountQuestions(c.Document)))
            .Where(c => c.QuestionCount > 0)
            .ToList();
        if (quizzed.Count > 0)
        {
            pages.Add(new GeneratedPage(ProgressPage.Url, ProgressPage.Title, ProgressPage.Kind, ProgressPage.BuildBody(quizzed), InNavigation: false));
        }

        if (book.Chapters.All(c => c.PageUrl != "index.html"))
        {
            // Every site needs a home page; a book without index.md gets its table of contents.
            pages.Add(new GeneratedPage("index.html", book.Config.Title, "index", Contents(book), InNavigation: false));
        }

        pages.Add(new GeneratedPage("404.html", "Page not found", "404", "", InNavigation: false));
        return pages;
    }

    private static string Contents(BookModel book)
    {
        var html = new StringBuilder("<nav class=\"book-contents\" aria-label=\"Contents\">\n");
        void List(IEnumerable<Chapter> chapters)
        {
            if (!chapters.Any())
            {
                return;
            }

            html.Append("<ol>\n");
            foreach (var chapter in chapters)
            {
                var number = chapter.Number.Length > 0 ? $"<span class=\"chapter-number\">{chapter.Number}</span> " : "";
                html.Append($"<li><a href=\"{HtmlEncoder.Default.Encode(chapter.PageUrl)}\">{number}{HtmlEncoder.Default.Encode(chapter.Title)}</a></li>\n");
            }

            html.Append("</ol>\n");
        }

        List(book.InMatter(Matter.Front));
        foreach (var (part, chapters) in book.Parts)
        {
            html.Append($"<h2>{HtmlEncoder.Default.Encode(part.Title)}</h2>\n");
            List(chapters);
        }

        List(book.InMatter(Matter.Back));
        return html.Append("</nav>\n").ToString();
    }
}
