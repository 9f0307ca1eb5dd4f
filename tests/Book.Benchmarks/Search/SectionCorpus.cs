using System.Text.RegularExpressions;
using Book.Site.Search;

namespace Book.Benchmarks.Search;

/// <summary>
/// Search documents derived from the real-book corpus without the site generator: each chapter .qmd of
/// <c>../shared/corpus/mlsysbook</c> split at its h2/h3 headings (the site's one-document-per-section
/// rule), with the chapter title from the h1 and the Markdown source as body text.
/// </summary>
public static partial class SectionCorpus
{
    public static List<SearchDocument> FromChapters(string corpusRoot)
    {
        var docs = new List<SearchDocument>();
        var files = Directory.GetFiles(Path.Combine(corpusRoot, "book", "quarto", "contents", "core"), "*.qmd", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var page = Path.GetFileNameWithoutExtension(file) + ".html";
            var chapter = Path.GetFileNameWithoutExtension(file);
            var section = chapter;
            var anchor = string.Empty;
            var body = new System.Text.StringBuilder();
            var inFence = false;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                }

                var heading = inFence ? Match.Empty : Heading().Match(line);
                if (!heading.Success)
                {
                    body.Append(line).Append('\n');
                    continue;
                }

                var level = heading.Groups[1].Length;
                var title = heading.Groups[2].Value.Trim();
                var id = heading.Groups[3].Success ? heading.Groups[3].Value : string.Empty;
                if (level == 1)
                {
                    chapter = title;
                    section = title;
                    anchor = id;
                    continue;
                }

                Flush(docs, page, anchor, chapter, section, body);
                section = title;
                anchor = id.Length > 0 ? id : $"s{docs.Count}";
            }

            Flush(docs, page, anchor, chapter, section, body);
        }

        return docs;
    }

    private static void Flush(List<SearchDocument> docs, string page, string anchor, string chapter, string section, System.Text.StringBuilder body)
    {
        var text = body.ToString();
        body.Clear();
        if (text.Trim().Length == 0)
        {
            return;
        }

        var docRef = anchor.Length > 0 ? $"{page}#{anchor}" : page;
        if (docs.Any(d => d.Ref == docRef))
        {
            docRef += $"-{docs.Count}";
        }

        docs.Add(new SearchDocument(docRef, chapter, section, text));
    }

    // "## Title {#sec-id .unnumbered}" → level, title, id
    [GeneratedRegex(@"^(#{1,3})\s+(.*?)\s*(?:\{[^}]*?#([\w:-]+)[^}]*\})?\s*$")]
    private static partial Regex Heading();
}
