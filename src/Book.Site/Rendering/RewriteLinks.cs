using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Site.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Rendering;

/// <summary>
/// Rewrites a chapter's links on its syntax tree: links to other chapters' Markdown files
/// (<c>other.md#x</c>) point at their pages (<c>other.html#x</c>); images and other local files are
/// checked, published under their path in the book folder, and pointed at from the (flat) page.
/// </summary>
public sealed class RewriteLinks(BookModel book, Chapter chapter, DiagnosticBag diagnostics)
{
    /// <summary>Local files the page needs: absolute source path → site-relative path.</summary>
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public void Run()
    {
        foreach (var link in chapter.Document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is { Length: > 0 } url && IsLocal(url))
            {
                Rewrite(link, url);
            }
            else if (link.Url is { Length: > 1 } anchor && anchor[0] == '#' && chapter.Pages.Count > 1)
            {
                // A split chapter: the anchor may be on another of its pages.
                link.Url = chapter.PageOf(Uri.UnescapeDataString(anchor[1..])) + anchor;
            }
        }
    }

    /// <summary>Relative paths only: no scheme (http:, mailto:, data:), no site-absolute path, no bare anchor.</summary>
    public static bool IsLocal(string url) =>
        !url.StartsWith('#') && !url.StartsWith('/') && !url.Contains(':', StringComparison.Ordinal);

    private void Rewrite(LinkInline link, string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        var suffix = cut < 0 ? "" : url[cut..];
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(chapter.SourcePath)!, path));
        var (file, line) = chapter.Locate(link.Line);
        var column = link.Column + 1;
        if (!BookPaths.IsInside(book.Config.BookRoot, target))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesBook, file, line, column,
                $"'{path}' is outside the book folder and would not be published; move the file into the book folder");
            return;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!link.IsImage && extension is ".md" or ".qmd")
        {
            var page = book.FindBySource(target);
            if (page is null)
            {
                diagnostics.Warning(DiagnosticCodes.LinkOutsideBook, file, line, column,
                    $"link to '{path}', which is not a chapter of this book (not in site.yml); the link text is kept without the link");
                Unwrap(link);
                return;
            }

            // An anchor on a later page of a split chapter is on that page.
            link.Url = (suffix.StartsWith('#') ? page.PageOf(Uri.UnescapeDataString(suffix[1..])) : page.PageUrl) + suffix;
            return;
        }

        if (!link.IsImage && IsGeneratedPage(path))
        {
            return;
        }

        if (!File.Exists(target))
        {
            if (link.IsImage)
            {
                diagnostics.Warning(DiagnosticCodes.MissingImage, file, line, column,
                    $"image not found: {path} (relative to {chapter.RelativePath}); add the file or fix the path");
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.MissingFile, file, line, column,
                    $"linked file not found: {path}; the link text is kept without the link");
                Unwrap(link);
                return;
            }
        }
        else if (link.IsImage)
        {
            book.Counts.AddImage();
        }

        var published = Path.GetRelativePath(book.Config.BookRoot, target).Replace('\\', '/');
        if (File.Exists(target))
        {
            Files[target] = published;
        }

        link.Url = string.Join('/', published.Split('/').Select(Uri.EscapeDataString)) + suffix;
    }

    /// <summary>
    /// Pages the build makes (glossary, references, home, exercise pages) and chapter pages linked by
    /// their published name: nothing to copy; the HTML check of the built site proves they exist.
    /// </summary>
    private bool IsGeneratedPage(string path) =>
        (path == "glossary.html" && book.Config.Glossary is not null)
        || path is "references.html" or "index.html"
        || (path.StartsWith("exercises/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal))
        || book.Chapters.Any(c => c.Pages.Any(p => p.Url == path));

    /// <summary>Replaces a link by its text (a dead link helps nobody; the warning says why).</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
