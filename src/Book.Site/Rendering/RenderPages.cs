using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using Book.Site.Markdown.Extensions.Tikz;
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
        Parallel.For(0, book.Chapters.Count, i => perChapter[i] = RenderChapter(book, book.Chapters[i], pipeline, diagnostics));

        foreach (var chapterFiles in perChapter)
        {
            foreach (var (source, target) in chapterFiles)
            {
                files[source] = target;
            }
        }

        return files;
    }

    /// <summary>One chapter: links rewritten (once: not idempotent), body rendered; returns the local files it needs.</summary>
    public static Dictionary<string, string> RenderChapter(BookModel book, Chapter chapter, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var links = new RewriteLinks(book, chapter, diagnostics);
        links.Run();
        chapter.OwnFiles = ExtractTikzSources.Run(chapter.Document, Path.GetFileNameWithoutExtension(chapter.PageUrl));
        RenderBody(chapter, pipeline);
        return links.Files;
    }

    /// <summary>Sets the chapter's body HTML from its (already rewritten) syntax tree and its reference list.</summary>
    public static void RenderBody(Chapter chapter, MarkdownPipeline pipeline) =>
        chapter.BodyHtml = Render(chapter, pipeline) + RenderReferences.Section(chapter.CitedKeys, chapter.Bibliography);

    /// <summary>
    /// The chapter's body; for a split chapter, where each page starts in it is noted as the renderer
    /// reaches the page's first block (<see cref="Chapter.PageBodyStarts"/>).
    /// </summary>
    public static string Render(Chapter chapter, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var starts = new List<int> { 0 };
        if (chapter.Pages.Count > 1)
        {
            var firsts = chapter.Pages.Skip(1).Select(p => chapter.Document[p.FirstBlock]).ToHashSet();
            renderer.ObjectWriteBefore += (_, block) =>
            {
                if (block is Markdig.Syntax.Block { Parent: Markdig.Syntax.MarkdownDocument } && firsts.Contains(block))
                {
                    starts.Add(writer.GetStringBuilder().Length);
                }
            };
        }

        renderer.Render(chapter.Document);
        writer.Flush();
        while (starts.Count < chapter.Pages.Count)
        {
            starts.Add(writer.GetStringBuilder().Length); // not reached: a block no renderer writes
        }

        chapter.PageBodyStarts = starts;
        writer.Flush();
        return writer.ToString();
    }
}
