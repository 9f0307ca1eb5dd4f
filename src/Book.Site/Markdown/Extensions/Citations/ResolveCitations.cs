using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>
/// Stage: attaches the BibTeX entry to every citation of one parsed chapter, reports unknown keys
/// (with the nearest known key), and returns the cited keys in order of first citation — the list
/// <see cref="RenderReferences.Section"/> needs for the chapter's References section.
/// </summary>
public static class ResolveCitations
{
    /// <param name="document">The parsed chapter.</param>
    /// <param name="bibliography">Site-wide and chapter entries, merged (<see cref="BibDatabase.Merge"/>).</param>
    /// <param name="sourceFile">The chapter's path as diagnostics show it.</param>
    /// <param name="diagnostics">Where unknown keys are reported (error BK520).</param>
    /// <param name="referencesPage">"" to link to the page's own References section (<c>#ref-key</c>);
    /// "references.html" to link to the back-matter page.</param>
    public static IReadOnlyList<string> Run(
        MarkdownDocument document,
        BibDatabase bibliography,
        string sourceFile,
        DiagnosticBag diagnostics,
        string referencesPage = "")
    {
        var cited = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var citation in document.Descendants<CitationInline>())
        {
            citation.InsideLink = HasLinkAncestor(citation);
            foreach (var item in citation.Items)
            {
                if (!bibliography.TryGet(item.Key, out var entry))
                {
                    diagnostics.Error(BibliographyCodes.UnknownCitation, sourceFile, citation.Line + 1, citation.Column + 1,
                        UnknownMessage(item.Key, bibliography));
                    continue;
                }

                item.Entry = entry;
                item.Authors = AuthorDateStyle.CitationAuthors(entry);
                item.Year = bibliography.YearLabel(entry);
                item.Href = referencesPage + "#" + RenderReferences.AnchorId(entry.Key);
                if (seen.Add(entry.Key))
                {
                    cited.Add(entry.Key);
                }
            }
        }

        return cited;
    }

    private static bool HasLinkAncestor(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private static string UnknownMessage(string key, BibDatabase bibliography)
    {
        var files = bibliography.SourceFiles.Count == 0
            ? "no bibliography is configured (add 'bibliography:' to site.yml or the chapter's front matter)"
            : "not in " + string.Join(", ", bibliography.SourceFiles.Select(Path.GetFileName));
        var nearest = Nearest(key, bibliography);
        var hint = nearest is null ? " Add the entry or correct the key." : $" Did you mean '@{nearest}'?";
        return $"unknown citation '@{key}' — {files}.{hint}";
    }

    private static string? Nearest(string key, BibDatabase bibliography)
    {
        string? best = null;
        var bestDistance = Math.Max(2, key.Length / 3) + 1;
        foreach (var entry in bibliography.Entries)
        {
            var distance = Distance(key.ToLowerInvariant(), entry.Key.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = entry.Key;
            }
        }

        return best;
    }

    // Levenshtein distance with an early exit once every cell of a row exceeds the bound.
    private static int Distance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) >= bound)
        {
            return bound;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= bound)
            {
                return bound;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
