using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using Book.Site.Model;
using Markdig;
using Markdig.Renderers;

namespace Book.Site.Rendering;

/// <summary>
/// Stage 4: each chapter's links are rewritten on its syntax tree, then its body rendered to HTML
/// (chapters in parallel; the pipeline is shared, renderers are per chapter).
/// Returns the local files the pages need (images), to be published by WriteSite.
/// </summary>
public static class RenderPages
{
    public static IReadOnlyDictionary<string, string> Run(BookModel book, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var perChapter = new Dictionary<string, string>[book.Chapters.Count];
        Parallel.For(0, book.Chapters.Count, i =>
        {
            var chapter = book.Chapters[i];
            var links = new RewriteLinks(book, chapter, diagnostics);
            links.Run();
            perChapter[i] = links.Files;
            chapter.BodyHtml = Render(chapter, pipeline) + RenderReferences.Section(chapter.CitedKeys, chapter.Bibliography);
        });

        foreach (var chapterFiles in perChapter)
        {
            foreach (var (source, target) in chapterFiles)
            {
                files[source] = target;
            }
        }

        return files;
    }

    public static string Render(Chapter chapter, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(chapter.Document);
        writer.Flush();
        return writer.ToString();
    }
}
