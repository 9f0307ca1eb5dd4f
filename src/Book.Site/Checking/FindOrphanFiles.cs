using Book.Core.Diagnostics;
using Book.Site.Model;
using Book.Site.Writing;

namespace Book.Site.Checking;

/// <summary>
/// Files in the book folder that nothing uses: not a chapter in site.yml, not an image or file a page
/// links, not a bibliography, glossary or quiz file. Usually a chapter someone forgot to list, or an
/// image left behind after an edit.
/// </summary>
public static class FindOrphanFiles
{
    public static void Run(BookModel book, SiteOutput output, DiagnosticBag diagnostics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chapter in book.Chapters)
        {
            used.Add(chapter.SourcePath);
            used.UnionWith(chapter.SourceMap.Files.Select(Path.GetFullPath));
            used.UnionWith(chapter.FrontMatter.Bibliography);
            used.UnionWith(chapter.Bibliography.SourceFiles.Select(Path.GetFullPath));
            if (chapter.FrontMatter.Quiz is { } quiz)
            {
                used.Add(quiz);
            }
        }

        used.UnionWith(book.Config.Bibliography);
        used.UnionWith(book.Bibliography.SourceFiles.Select(Path.GetFullPath));
        if (book.Config.Glossary is { } glossary)
        {
            used.Add(glossary);
        }

        used.UnionWith(output.Copies.Keys);
        if (!Directory.Exists(book.Config.BookRoot))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(book.Config.BookRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(book.Config.BookRoot, file);
            if (used.Contains(Path.GetFullPath(file)) || relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            {
                continue;
            }

            diagnostics.Warning(CheckCodes.OrphanFile, DisplayPath(file), 0, 0,
                "no chapter, page or site.yml uses this file: list it in site.yml, link it from a chapter, or delete it");
        }
    }

    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
