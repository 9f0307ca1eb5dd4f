using Book.Core.Diagnostics;
using Book.Site.Model;
using Book.Site.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Checking;

/// <summary>
/// Every link a chapter's author wrote, after the build rewrote them to pages: internal targets must
/// be pages of the site and their <c>#anchor</c> an id on that page; external URLs must be well formed
/// (and, with <c>--online</c>, are collected for <see cref="CheckExternalLinks"/>). Images need alt text.
/// </summary>
public static class CheckLinks
{
    public static List<(Uri Url, string File, int Line, int Column)> Run(
        BookModel book, IReadOnlyDictionary<string, HashSet<string>> ids, DiagnosticBag diagnostics)
    {
        var external = new List<(Uri, string, int, int)>();
        foreach (var chapter in book.Chapters)
        {
            foreach (var link in chapter.Document.Descendants<LinkInline>())
            {
                var (file, line) = chapter.Locate(link.Line);
                var column = link.Column + 1;
                if (link.IsImage)
                {
                    if (!link.Any(child => child is LiteralInline literal && literal.Content.ToString().Trim().Length > 0))
                    {
                        diagnostics.Warning(CheckCodes.MissingAltText, file, line, column,
                            $"image '{link.Url}' has no alt text: write what it shows between the brackets, ![A roofline plot of ...]({link.Url}), so screen readers can say it");
                    }

                    continue;
                }

                var url = link.Url ?? "";
                if (url.Length == 0)
                {
                    diagnostics.Warning(CheckCodes.MalformedUrl, file, line, column, "link with an empty target: give it a URL or remove the brackets");
                }
                else if (url.StartsWith('#') || RewriteLinks.IsLocal(url))
                {
                    CheckInternal(chapter, url, ids, diagnostics, file, line, column);
                }
                else if (url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
                {
                    if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && !url.Contains(' ', StringComparison.Ordinal) && uri.Host.Contains('.', StringComparison.Ordinal) | uri.IsLoopback)
                    {
                        external.Add((uri, file, line, column));
                    }
                    else
                    {
                        diagnostics.Error(CheckCodes.MalformedUrl, file, line, column, $"'{url}' is not a valid web address: check the scheme, host and that spaces are written %20");
                    }
                }
                else if (!url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !url.StartsWith('/'))
                {
                    var scheme = url.Split(':', 2)[0];
                    diagnostics.Warning(CheckCodes.MalformedUrl, file, line, column, $"link with the unusual scheme '{scheme}:' ({url}); readers' browsers may not open it: use https:, mailto: or a path in the book");
                }
            }
        }

        return external;
    }

    private static void CheckInternal(Chapter chapter, string url, IReadOnlyDictionary<string, HashSet<string>> ids, DiagnosticBag diagnostics, string file, int line, int column)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var page = path.Length == 0 ? chapter.PageOf(anchor) : Uri.UnescapeDataString(path); // a split chapter's anchor may be on a later page
        if (!page.EndsWith(".html", StringComparison.Ordinal))
        {
            // Files (images, downloads) were checked by the build when it published them.
            return;
        }

        if (!ids.TryGetValue(page, out var pageIds))
        {
            diagnostics.Error(CheckCodes.UnknownPage, file, line, column, $"link to '{page}', which the site does not have: link to a chapter's .md file, or fix the name");
            return;
        }

        if (anchor.Length > 0 && !pageIds.Contains(anchor))
        {
            var nearest = Book.Core.Text.NearestName.Find(anchor, pageIds);
            diagnostics.Error(CheckCodes.UnknownAnchor, file, line, column,
                $"'#{anchor}' is not an anchor of {page}{(nearest is null ? "" : $"; did you mean '#{nearest}'?")} (use a cross-reference like @sec-x to link a labelled section)");
        }
    }
}
