using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Book.Site.Model;
using Book.Site.Numbering;
using Book.Site.Search;
using Markdig.Syntax;

namespace Book.Site.Rendering;

/// <summary>
/// One search document per h2/h3 section (<c>page.html#anchor</c>), plus the page's lead text before
/// its first section (<c>page.html</c>). Bodies are plain text; code blocks are left out (they would
/// flood the index with identifiers while readers search for prose). Exercise pages are indexed too:
/// one document per h2 section of the rendered page, under the exercise's title.
/// </summary>
public static partial class CollectSearchDocuments
{
    public static IReadOnlyList<SearchDocument> Run(BookModel book) => Run(book, []);

    public static IReadOnlyList<SearchDocument> Run(BookModel book, IEnumerable<GeneratedPage> generated) =>
        book.Chapters.SelectMany(Collect)
            .Concat(generated.Where(g => g.Kind == "exercise").SelectMany(CollectExercise))
            .ToList();

    /// <summary>
    /// An exercise page exists only as HTML (README rendered plus generated sections), so it is split at
    /// its <c>&lt;h2 id="..."&gt;</c> headings.
    /// </summary>
    public static IEnumerable<SearchDocument> CollectExercise(GeneratedPage page)
    {
        var html = page.BodyHtml;
        var headings = H2().Matches(html);
        var leadEnd = headings.Count > 0 ? headings[0].Index : html.Length;
        // The text before the first h2 (the statement's opening) joins the first section: every result
        // of an exercise page then leads to a section anchor, as the chapters' results do.
        var lead = Text(html[..leadEnd]);
        if (headings.Count == 0)
        {
            if (lead.Length > 0)
            {
                yield return new SearchDocument(page.Url, page.Title, page.Title, lead);
            }

            yield break;
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Index : html.Length;
            var body = Text(html[(heading.Index + heading.Length)..end]);
            if (i == 0 && lead.Length > 0)
            {
                body = lead + " " + body;
            }

            yield return new SearchDocument($"{page.Url}#{heading.Groups["id"].Value}", page.Title, Text(heading.Groups["title"].Value), body);
        }
    }

    private static string Text(string html) =>
        PlainText.Collapse(WebUtility.HtmlDecode(Tags().Replace(Code().Replace(html, " "), " ")));

    [GeneratedRegex("<h2\\b[^>]*\\bid=\"(?<id>[^\"]+)\"[^>]*>(?<title>.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex H2();

    [GeneratedRegex("<pre\\b.*?</pre>", RegexOptions.Singleline)]
    private static partial Regex Code();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    public static IEnumerable<SearchDocument> Collect(Chapter chapter)
    {
        var sections = chapter.Sections.ToDictionary(s => s.Heading);
        var title = chapter.Number.Length > 0 ? $"{chapter.Number} {chapter.Title}" : chapter.Title;
        var reference = chapter.PageUrl;
        var sectionTitle = chapter.Title;
        var body = new StringBuilder();
        // A repeated id is reported where it is written (BK011/BK230); indexing it twice would only add a
        // second, vaguer warning, so a repeated section's text joins the section before it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in chapter.Document)
        {
            if (block is HeadingBlock heading && sections.TryGetValue(heading, out var section) && seen.Add(section.Id))
            {
                if (body.Length > 0 || reference != chapter.PageUrl)
                {
                    yield return new SearchDocument(reference, title, sectionTitle, PlainText.Collapse(body.ToString()));
                }

                reference = $"{chapter.PageOf(section.Id)}#{section.Id}";
                sectionTitle = section.Number.Length > 0 ? $"{section.Number} {section.Title}" : section.Title;
                body.Clear();
                continue;
            }

            if (block is HeadingBlock { Level: 1 } or CodeBlock)
            {
                continue;
            }

            PlainText.Append(block, body);
            body.Append(' ');
        }

        yield return new SearchDocument(reference, title, sectionTitle, PlainText.Collapse(body.ToString()));
    }
}
