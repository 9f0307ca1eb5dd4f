using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Site.Markdown;
using Book.Site.Model;
using Book.Site.Quizzes;
using Markdig;
using Markdig.Syntax;

namespace Book.Site.Loading;

/// <summary>
/// Stage 1: reads every chapter named in site.yml (UTF-8 checked, front matter read, includes
/// expanded) and parses it with the one Markdown pipeline, chapters in parallel.
/// </summary>
public static class LoadBook
{
    public static BookModel Run(SiteConfig config, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var refs = Distinct(config, diagnostics);
        var parts = config.Parts.SelectMany(p => p.Chapters.Select(c => (c, p))).ToDictionary(x => x.c, x => x.p);
        var chapters = new Chapter[refs.Count];
        Parallel.For(0, refs.Count, i =>
        {
            var chapterRef = refs[i];
            chapters[i] = LoadChapter(config, chapterRef, parts.GetValueOrDefault(chapterRef), pipeline, diagnostics);
        });

        ReportDuplicatePages(config, chapters, diagnostics);
        return new BookModel { Config = config, Chapters = chapters };
    }

    /// <summary>A page URL per source: flat at the site root, <c>book/quantization.md</c> → <c>quantization.html</c>.</summary>
    public static string PageUrlOf(string relativePath) => Path.GetFileNameWithoutExtension(relativePath) + ".html";

    /// <summary>The chapters site.yml lists, each once (a repeated entry is reported); <c>book serve</c> loads them one by one.</summary>
    public static IReadOnlyList<ChapterRef> ChapterRefs(SiteConfig config, DiagnosticBag diagnostics) => Distinct(config, diagnostics);

    /// <summary>Reads and parses one chapter (what <see cref="Run"/> does for each); <c>book serve</c> reloads an edited chapter with it.</summary>
    public static Chapter LoadChapter(SiteConfig config, ChapterRef chapterRef, PartConfig? part, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var display = ReadSiteConfig.DisplayName(chapterRef.Path);
        var raw = ReadSourceText.Read(chapterRef.Path, display, diagnostics);
        var frontMatter = ReadFrontMatter.Read(raw, chapterRef.Path, config.BookRoot, display, diagnostics);
        var body = BlankFrontMatter(raw, frontMatter.LineCount);
        var (markdown, map) = ExpandIncludes.Run(body, chapterRef.Path, display, config.BookRoot, diagnostics);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        // MLSysBook's <chapter>_quizzes.json beside the chapter. Its front matter `quiz:` key is not
        // followed: two corpus chapters point it at a draft file (footnote_context_quizzes.json) that
        // belongs to no chapter, so the file is found by the chapter's own name (ChapterQuizFile).
        var quizDiagnostics = new List<Diagnostic>();
        ChapterQuizFile.Attach(document, chapterRef.Path, ReadSiteConfig.DisplayName, quizDiagnostics);
        diagnostics.AddRange(quizDiagnostics);
        var chapter = new Chapter
        {
            SourcePath = chapterRef.Path,
            RelativePath = chapterRef.RelativePath,
            DisplayPath = display,
            PageUrl = PageUrlOf(chapterRef.RelativePath),
            Matter = chapterRef.Matter,
            Part = part,
            FrontMatter = frontMatter,
            Document = document,
            Markdown = markdown,
            SourceMap = map,
        };

        // Parser diagnostics carry expanded-text lines: map them back to the file that holds the line.
        foreach (var d in MarkdownDiagnostics.For(document, display))
        {
            var (file, line) = map.Locate(d.Line);
            diagnostics.Add(d with { File = file, Line = line });
        }

        return chapter;
    }

    /// <summary>Front matter lines become empty lines: Markdig's line numbers stay the file's own.</summary>
    private static string BlankFrontMatter(string text, int lineCount)
    {
        if (lineCount == 0)
        {
            return text;
        }

        var index = 0;
        for (var i = 0; i < lineCount && index >= 0; i++)
        {
            index = text.IndexOf('\n', index) is var next and >= 0 ? next + 1 : -1;
        }

        // One copy of the chapter, not two (a substring, then the concatenation).
        var rest = index < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(index);
        return string.Create(lineCount + rest.Length, (lineCount, text, index), static (span, state) =>
        {
            span[..state.lineCount].Fill('\n');
            if (state.index >= 0)
            {
                state.text.AsSpan(state.index).CopyTo(span[state.lineCount..]);
            }
        });
    }

    private static List<ChapterRef> Distinct(SiteConfig config, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ChapterRef>(StringComparer.Ordinal);
        var result = new List<ChapterRef>();
        var file = ReadSiteConfig.DisplayName(config.ConfigPath);
        foreach (var chapter in config.AllChapters)
        {
            if (seen.TryGetValue(chapter.Path, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateChapter, file, chapter.Line, chapter.Column,
                    $"'{chapter.RelativePath}' is listed twice (first at line {first.Line}); remove one entry");
                continue;
            }

            seen[chapter.Path] = chapter;
            result.Add(chapter);
        }

        return result;
    }

    public static void ReportDuplicatePages(SiteConfig config, IReadOnlyList<Chapter> chapters, DiagnosticBag diagnostics)
    {
        var file = ReadSiteConfig.DisplayName(config.ConfigPath);
        foreach (var group in chapters.GroupBy(c => c.PageUrl, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var names = string.Join(", ", group.Select(c => c.RelativePath));
            var second = config.AllChapters.First(r => r.Path == group.Skip(1).First().SourcePath);
            diagnostics.Error(DiagnosticCodes.DuplicatePageUrl, file, second.Line, second.Column,
                $"{names} would all be written to {group.Key}; rename one of the files");
        }
    }
}
