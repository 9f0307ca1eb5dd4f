using System.Text;

namespace Book.Site.Bibliography;

/// <summary>
/// One reference-list entry as HTML, Chicago author–date:
/// <c>Authors. Year. “Title.” <em>Venue</em> Volume (Number): Pages. Publisher. https://doi.org/…</c>
/// Titles of whole works (books, manuals, theses' venues) are italic; parts of works are quoted.
/// </summary>
public static class FormatReference
{
    public static string Html(BibEntry entry, BibDatabase database)
    {
        var output = new StringBuilder();
        Sentence(output, Bibliography.Html.Escape(AuthorDateStyle.ReferenceAuthors(entry)));
        Sentence(output, Bibliography.Html.Escape(database.YearLabel(entry)));
        var title = entry.Field("title");
        var wholeWork = entry.Type is "book" or "manual" or "proceedings" or "collection" or "mvbook";
        if (title.Length > 0)
        {
            Sentence(output, wholeWork
                ? $"<em>{Bibliography.Html.Escape(title)}</em>"
                : Bibliography.Html.Escape(QuotedTitle(title)));
        }

        switch (entry.Type)
        {
            case "article":
                Sentence(output, Journal(entry));
                break;
            case "inproceedings" or "conference" or "incollection" or "inbook":
                Sentence(output, Container(entry));
                Sentence(output, Publisher(entry));
                break;
            case "techreport" or "report":
                Sentence(output, Join(" ", Text(entry, "type", "Technical report"), Text(entry, "number")));
                Sentence(output, Text(entry, "institution"));
                break;
            case "phdthesis":
                Sentence(output, Join(", ", "PhD diss.", Text(entry, "school", Text(entry, "institution"))));
                break;
            case "mastersthesis":
                Sentence(output, Join(", ", "Master’s thesis", Text(entry, "school", Text(entry, "institution"))));
                break;
            default: // book, manual, misc, online, unpublished and any other type
                Sentence(output, Text(entry, "edition") is { Length: > 0 } edition ? $"{edition} ed" : string.Empty);
                Sentence(output, HowPublished(entry));
                Sentence(output, Preprint(entry));
                Sentence(output, Publisher(entry));
                break;
        }

        Sentence(output, Text(entry, "note"));
        AppendLink(output, entry);
        return output.ToString().TrimEnd();
    }

    private static string Journal(BibEntry entry)
    {
        var journal = Text(entry, "journal", Text(entry, "journaltitle"));
        var text = journal.Length > 0 ? $"<em>{journal}</em>" : string.Empty;
        var volume = Text(entry, "volume");
        var number = Text(entry, "number", Text(entry, "issue"));
        text = Join(" ", text, volume, number.Length > 0 ? $"({number})" : string.Empty);
        var pages = Text(entry, "pages");
        return pages.Length == 0 ? text : volume.Length + number.Length > 0 ? $"{text}: {pages}" : Join(", ", text, pages);
    }

    private static string Container(BibEntry entry)
    {
        var booktitle = Text(entry, "booktitle");
        var text = booktitle.Length > 0 ? $"In <em>{booktitle}</em>" : string.Empty;
        if (entry.Authors.Count > 0 && entry.Editors.Count > 0)
        {
            text = Join(", ", text, "edited by " + Bibliography.Html.Escape(string.Join(", ", entry.Editors.Select(e => e.Natural))));
        }

        return Join(", ", text, Text(entry, "pages"));
    }

    // "\url{https://…}" repeats the link printed at the end of the entry: leave it to the link.
    private static string HowPublished(BibEntry entry)
    {
        var text = entry.Field("howpublished").Trim();
        return text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? string.Empty
            : Bibliography.Html.Escape(text);
    }

    /// <summary>"arXiv:1607.06450" for preprints (eprint with archivePrefix, as arXiv's own BibTeX writes).</summary>
    private static string Preprint(BibEntry entry)
    {
        var eprint = entry.Field("eprint").Trim();
        if (eprint.Length == 0)
        {
            return string.Empty;
        }

        var archive = entry.Field("archiveprefix").Trim();
        archive = archive.Length > 0 ? archive : entry.Field("eprinttype").Trim();
        return Bibliography.Html.Escape(archive.Length > 0 ? $"{archive}:{eprint}" : eprint);
    }

    private static string Publisher(BibEntry entry)
    {
        var publisher = Text(entry, "publisher", Text(entry, "organization"));
        var address = Text(entry, "address", Text(entry, "location"));
        return address.Length > 0 && publisher.Length > 0 ? $"{address}: {publisher}" : publisher;
    }

    private static void AppendLink(StringBuilder output, BibEntry entry)
    {
        var doi = entry.Field("doi").Trim();
        var url = entry.Field("url").Trim();
        var href = doi.Length > 0
            ? doi.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? doi : "https://doi.org/" + doi
            : url;
        if (href.Length == 0 || !(href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var escaped = Bibliography.Html.Escape(href);
        output.Append($"<a href=\"{escaped}\">{escaped}</a>.");
    }

    private static string Text(BibEntry entry, string field, string fallback = "")
    {
        var value = entry.Field(field);
        return value.Length > 0 ? Bibliography.Html.Escape(value) : fallback;
    }

    private static string Join(string separator, params string[] parts) =>
        string.Join(separator, parts.Where(p => p.Length > 0));

    // Chicago puts the period inside the quotes, unless the title ends in its own ? or !.
    private static string QuotedTitle(string title)
    {
        var trimmed = title.TrimEnd().TrimEnd('.');
        return trimmed.EndsWith('?') || trimmed.EndsWith('!') ? $"“{trimmed}”" : $"“{trimmed}.”";
    }

    private static void Sentence(StringBuilder output, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        output.Append(text);
        if (!(text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') || text.EndsWith('”')))
        {
            output.Append('.');
        }

        output.Append(' ');
    }
}
