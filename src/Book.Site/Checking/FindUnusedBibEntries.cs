using Book.Core.Diagnostics;
using Book.Site.Model;

namespace Book.Site.Checking;

/// <summary>Bibliography entries that no chapter cites: dead weight a reviewer would ask about.</summary>
public static class FindUnusedBibEntries
{
    public static void Run(BookModel book, DiagnosticBag diagnostics)
    {
        // BibTeX keys compare case-insensitively.
        var cited = book.Chapters.SelectMany(c => c.CitedKeys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(string, string)>();
        foreach (var entry in book.Chapters.SelectMany(c => c.Bibliography.Entries).Concat(book.Bibliography.Entries))
        {
            if (!cited.Contains(entry.Key) && seen.Add((entry.SourceFile, entry.Key)))
            {
                diagnostics.Warning(CheckCodes.UnusedBibEntry, entry.SourceFile, entry.Line, 1,
                    $"bibliography entry '{entry.Key}' is never cited: cite it with [@{entry.Key}] or remove it");
            }
        }
    }
}
