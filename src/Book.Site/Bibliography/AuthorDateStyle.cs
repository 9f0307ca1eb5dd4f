namespace Book.Site.Bibliography;

/// <summary>
/// The name rules of the Chicago author–date style we render: in citations one to three family names
/// ("Han, Mao, and Dally") and "et al." from four; in reference lists the first name inverted and up to
/// ten names (seven then "et al." beyond ten, Chicago 17th ed. 15.9).
/// </summary>
public static class AuthorDateStyle
{
    /// <summary>The author part of a citation: "Vaswani et al.", "Han, Mao, and Dally", "Google".</summary>
    public static string CitationAuthors(BibEntry entry)
    {
        var names = Names(entry, out var truncated);
        if (names.Count == 0)
        {
            return FallbackName(entry);
        }

        if (names.Count >= 4 || (truncated && names.Count >= 1))
        {
            return names[0].Family + " et al.";
        }

        var families = names.Select(n => n.Family).ToList();
        return JoinWithAnd(families);
    }

    /// <summary>The author part of a reference-list entry: "Han, Song, Huizi Mao, and William J. Dally".</summary>
    public static string ReferenceAuthors(BibEntry entry)
    {
        var names = Names(entry, out var truncated);
        if (names.Count == 0)
        {
            return FallbackName(entry);
        }

        var shown = names.Count > 10 ? names.Take(7).ToList() : names.ToList();
        var parts = shown.Select((n, i) => i == 0 ? n.Inverted : n.Natural).ToList();
        var text = names.Count > 10 || truncated
            ? string.Join(", ", parts) + ", et al."
            : JoinWithAnd(parts, invertedFirst: true);
        if (entry.Authors.Count == 0 && entry.Editors.Count > 0)
        {
            text += entry.Editors.Count == 1 ? ", ed." : ", eds.";
        }

        return text;
    }

    private static IReadOnlyList<Person> Names(BibEntry entry, out bool truncated)
    {
        if (entry.Authors.Count > 0)
        {
            truncated = entry.AuthorsTruncated;
            return entry.Authors;
        }

        truncated = false;
        return entry.Editors;
    }

    // Without author or editor, cite the responsible body, else the title (as CSL does).
    private static string FallbackName(BibEntry entry)
    {
        foreach (var field in new[] { "organization", "institution", "publisher", "title" })
        {
            var value = entry.Field(field);
            if (value.Length > 0)
            {
                return value;
            }
        }

        return entry.Key;
    }

    private static string JoinWithAnd(IReadOnlyList<string> parts, bool invertedFirst = false) => parts.Count switch
    {
        1 => parts[0],
        // "Han, Song, and Huizi Mao": with an inverted first name the comma keeps the names apart.
        2 => invertedFirst ? $"{parts[0]}, and {parts[1]}" : $"{parts[0]} and {parts[1]}",
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + ", and " + parts[^1],
    };
}
