using System.Text;
using Book.Core.Diagnostics;
using Book.Site.Layout;
using Book.Site.Markdown;
using Book.Site.Model;
using Book.Site.Rendering;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Exercises;

/// <summary>
/// One page per exercise (<c>exercises/&lt;id&gt;.html</c>, kind "exercise"): the README through the
/// book's pipeline, then the generated sections (<see cref="ExercisePageMarkdown"/>). Also links each
/// exercise from the chapter its manifest names, with an "Exercises for this chapter" list at the end
/// of the chapter for those the chapter does not already show as cards. Runs after RenderPages.
/// </summary>
public static class RenderExercisePages
{
    public static IReadOnlyList<GeneratedPage> Run(BookModel book, ExerciseCatalog catalog, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var pages = new List<GeneratedPage>();
        foreach (var exercise in catalog.Exercises)
        {
            pages.Add(RenderPage(book, exercise, pipeline, diagnostics));
        }

        foreach (var chapter in book.Chapters)
        {
            AddChapterList(chapter, catalog);
        }

        return pages;
    }

    /// <summary>One exercise's page (it names its chapter's number and title).</summary>
    public static GeneratedPage RenderPage(BookModel book, SiteExercise exercise, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var chapter = book.Chapters.FirstOrDefault(c => Stem(c) == exercise.Manifest.Chapter);
        if (chapter is null)
        {
            var display = $"{LoadExercises.FolderName}/{exercise.Folder}/exercise.yml";
            diagnostics.Warning(ExerciseCodes.UnknownChapter, display, ChapterLine(exercise), 1,
                $"chapter '{exercise.Manifest.Chapter}' is not a chapter of the book; name a chapter file's stem under the book folder ({string.Join(", ", book.Chapters.Select(Stem))})");
        }

        var chapterTitle = chapter is null ? null : (chapter.Number.Length > 0 ? $"{chapter.Number} {chapter.Title}" : chapter.Title);
        var (body, toc) = Page(book, exercise, chapterTitle, chapter?.PageUrl, pipeline, diagnostics);
        return new GeneratedPage(exercise.PageUrl, exercise.Manifest.Title, "exercise", body, InNavigation: true) { Toc = toc };
    }

    /// <summary>Appends to a rendered chapter the list of its exercises that it does not show as cards.</summary>
    public static void AddChapterList(Chapter chapter, ExerciseCatalog catalog)
    {
        var missing = catalog.ForChapter(Stem(chapter))
            .Where(e => !chapter.BodyHtml.Contains($"href=\"{e.PageUrl}\"", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            chapter.BodyHtml += ChapterList(missing);
        }
    }

    /// <summary>The page body and its contents.</summary>
    public static (string Html, IReadOnlyList<TocEntry> Toc) Page(BookModel? book, SiteExercise exercise, string? chapterTitle, string? chapterUrl,
        MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var markdown = (exercise.Statement ?? "") + ExercisePageMarkdown.Sections(exercise, chapterTitle, chapterUrl);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var readme = $"{LoadExercises.FolderName}/{exercise.Folder}/README.md";
        diagnostics.AddRange(MarkdownDiagnostics.For(document, readme));
        RewriteStatementLinks(book, exercise, document, readme, diagnostics);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var toc = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new TocEntry(h.Level, "", PlainTitle(h), h.GetAttributes().Id!))
            .ToList();
        return (writer.ToString(), toc);
    }

    /// <summary>The "Exercises for this chapter" list appended to a chapter (links from the site root).</summary>
    public static string ChapterList(IReadOnlyList<SiteExercise> exercises)
    {
        var html = new StringBuilder("<section class=\"chapter-exercises\" aria-labelledby=\"chapter-exercises\">\n<h2 id=\"chapter-exercises\">Exercises for this chapter</h2>\n");
        foreach (var exercise in exercises)
        {
            html.Append(RenderExerciseCard.Card(exercise));
        }

        return html.Append("</section>\n").ToString();
    }

    // A statement is written beside its exercise; its links to book chapters (../../book/x.md) must
    // point at the chapter pages from exercises/<id>.html.
    private static void RewriteStatementLinks(BookModel? book, SiteExercise exercise, MarkdownDocument document, string readme, DiagnosticBag diagnostics)
    {
        // Only the statement's own links: the generated sections after it link from the page already.
        var statementLines = (exercise.Statement ?? "").Count(c => c == '\n');
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.Line < statementLines).ToList())
        {
            if (link.Url is not { Length: > 0 } url || !RewriteLinks.IsLocal(url))
            {
                continue;
            }

            var cut = url.IndexOfAny(['#', '?']);
            var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
            var target = Path.GetFullPath(Path.Combine(exercise.Directory, path));
            var chapter = book?.FindBySource(target);
            if (chapter is not null)
            {
                var suffix = cut < 0 ? "" : url[cut..];
                // A split chapter: the anchor names the page it is on.
                link.Url = "../" + (suffix.StartsWith('#') ? chapter.PageOf(Uri.UnescapeDataString(suffix[1..])) : chapter.PageUrl) + suffix;
                continue;
            }

            diagnostics.Warning(ExerciseCodes.UnpublishedLink, readme, link.Line + 1, link.Column + 1,
                $"link to '{path}', which the site does not publish (only book chapters and the download are); link a chapter or an absolute URL");
        }
    }

    private static string PlainTitle(HeadingBlock heading)
    {
        var text = new StringBuilder();
        foreach (var inline in heading.Inline?.Descendants<Inline>() ?? [])
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
            }
        }

        return text.ToString().Trim();
    }

    private static string Stem(Chapter chapter) => Path.GetFileNameWithoutExtension(chapter.RelativePath);

    private static int ChapterLine(SiteExercise exercise)
    {
        var lines = File.ReadAllLines(Path.Combine(exercise.Directory, "exercise.yml"));
        var index = Array.FindIndex(lines, l => l.StartsWith("chapter:", StringComparison.Ordinal));
        return index + 1;
    }
}
