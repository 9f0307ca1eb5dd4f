using System.Text;

namespace Book.Site.Bibliography;

/// <summary>
/// Stage: renders reference lists. Entries are sorted by their reference-list author string (first
/// author's family name first), then year label, then title, and carry <c>id="ref-key"</c> so citations
/// can link to them (the ids and classes follow Pandoc's citeproc output).
/// </summary>
public static class RenderReferences
{
    /// <summary>
    /// The References section at the end of a chapter: the entries it cites (e.g. the keys returned
    /// by <c>ResolveCitations.Run</c>). Returns "" when nothing is cited, so no empty section appears.
    /// </summary>
    public static string Section(IEnumerable<string> citedKeys, BibDatabase database)
    {
        var entries = Lookup(citedKeys, database);
        if (entries.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        html.Append("<section id=\"references\" class=\"references\" role=\"doc-bibliography\">\n<h2>References</h2>\n");
        AppendEntries(html, entries, database);
        html.Append("</section>\n");
        return html.ToString();
    }

    /// <summary>
    /// The body of the back-matter references page (the layout supplies its title): every entry of
    /// <paramref name="database"/>, or only <paramref name="citedKeys"/> when given.
    /// </summary>
    public static string Page(BibDatabase database, IEnumerable<string>? citedKeys = null)
    {
        var entries = citedKeys is null ? database.Entries.ToList() : Lookup(citedKeys, database);
        var html = new StringBuilder();
        html.Append("<div id=\"refs\" class=\"references csl-bib-body\" role=\"doc-bibliography\">\n");
        AppendEntries(html, entries, database);
        html.Append("</div>\n");
        return html.ToString();
    }

    /// <summary>Entries in the order a reference list shows them.</summary>
    public static IReadOnlyList<BibEntry> Sort(IEnumerable<BibEntry> entries, BibDatabase database) =>
        entries
            .OrderBy(e => AuthorDateStyle.ReferenceAuthors(e), StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => database.YearLabel(e), StringComparer.Ordinal)
            .ThenBy(e => e.Field("title"), StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The element id of an entry in a reference list.</summary>
    public static string AnchorId(string key) => "ref-" + key;

    private static List<BibEntry> Lookup(IEnumerable<string> keys, BibDatabase database)
    {
        var entries = new List<BibEntry>();
        var seen = new HashSet<BibEntry>(ReferenceEqualityComparer.Instance);
        foreach (var key in keys)
        {
            if (database.TryGet(key, out var entry) && seen.Add(entry))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static void AppendEntries(StringBuilder html, IEnumerable<BibEntry> entries, BibDatabase database)
    {
        foreach (var entry in Sort(entries, database))
        {
            html.Append("<div id=\"").Append(Html.Escape(AnchorId(entry.Key))).Append("\" class=\"csl-entry\">")
                .Append(FormatReference.Html(entry, database))
                .Append("</div>\n");
        }
    }
}
