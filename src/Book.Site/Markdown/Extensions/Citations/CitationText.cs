namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>
/// The text of one resolved citation item, Chicago author–date: "Vaswani et al. 2017",
/// "Jacob et al. 2018, 33", narrative "Vaswani et al. (2017)", author suppressed "2017".
/// Page locators drop their label ("p. 33" → "33"); other locator labels take Chicago's abbreviation.
/// </summary>
public static class CitationText
{
    private static readonly (string[] Labels, string Shown)[] Locators =
    [
        (["pp.", "p.", "pages", "page", "pgs.", "pg."], ""),
        (["chapters", "chapter", "chaps.", "chap.", "chs.", "ch."], "chap. "),
        (["sections", "section", "secs.", "sec.", "§§", "§"], "sec. "),
        (["figures", "figure", "figs.", "fig."], "fig. "),
        (["tables", "table", "tbl."], "table "),
        (["equations", "equation", "eqs.", "eq."], "eq. "),
        (["volumes", "volume", "vols.", "vol."], "vol. "),
    ];

    public static string Format(CitationItem item, bool narrative)
    {
        var locator = Locator(item.Suffix);
        var year = locator.Length == 0 ? item.Year : $"{item.Year}{locator}";
        if (item.SuppressAuthor)
        {
            return year;
        }

        return narrative ? $"{item.Authors} ({year})" : $"{item.Authors} {year}";
    }

    /// <summary>", 33" for ", p. 33"; ", chap. 2" for " ch. 2"; "" for no suffix.</summary>
    public static string Locator(string suffix)
    {
        var text = suffix.Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var hadComma = text.StartsWith(',');
        text = text.TrimStart(',').TrimStart();
        foreach (var (labels, shown) in Locators)
        {
            foreach (var label in labels)
            {
                if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                    && (text.Length == label.Length || !char.IsLetter(text[label.Length])))
                {
                    return ", " + shown + text[label.Length..].TrimStart();
                }
            }
        }

        // A bare number is a page; other text is a free suffix kept as written.
        return char.IsAsciiDigit(text[0]) || hadComma ? ", " + text : " " + text;
    }
}
