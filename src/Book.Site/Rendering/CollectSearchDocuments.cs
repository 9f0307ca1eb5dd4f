using System.Text;
using Book.Site.Model;
using Book.Site.Numbering;
using Book.Site.Search;
using Markdig.Syntax;

namespace Book.Site.Rendering;

/// <summary>
/// One search document per h2/h3 section (<c>page.html#anchor</c>), plus the page's lead text before
/// its first section (<c>page.html</c>). Bodies are plain text; code blocks are left out (they would
/// flood the index with identifiers while readers search for prose).
/// </summary>
public static class CollectSearchDocuments
{
    public static IReadOnlyList<SearchDocument> Run(BookModel book) =>
        book.Chapters.SelectMany(Collect).ToList();

    public static IEnumerable<SearchDocument> Collect(Chapter chapter)
    {
        var sections = chapter.Sections.ToDictionary(s => s.Heading);
        var title = chapter.Number.Length > 0 ? $"{chapter.Number} {chapter.Title}" : chapter.Title;
        var reference = chapter.PageUrl;
        var sectionTitle = chapter.Title;
        var body = new StringBuilder();
        foreach (var block in chapter.Document)
        {
            if (block is HeadingBlock heading && sections.TryGetValue(heading, out var section))
            {
                if (body.Length > 0 || reference != chapter.PageUrl)
                {
                    yield return new SearchDocument(reference, title, sectionTitle, PlainText.Collapse(body.ToString()));
                }

                reference = $"{chapter.PageUrl}#{section.Id}";
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
