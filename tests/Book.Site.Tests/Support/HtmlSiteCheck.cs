using AngleSharp.Html.Parser;

namespace Book.Site.Tests.Support;

/// <summary>
/// Checks a built site as a browser would meet it: every page parses, no id repeats in a page,
/// every internal link points at an existing page and, when it has one, an existing #anchor.
/// </summary>
public static class HtmlSiteCheck
{
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, string> pages, ISet<string> otherFiles)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new List<(string Page, string Href)>();
        var problems = new List<string>();
        foreach (var (url, html) in pages)
        {
            var errors = new List<string>();
            parser.Error += Collect;
            var document = parser.ParseDocument(html);
            parser.Error -= Collect;
            problems.AddRange(errors.Take(3).Select(e => $"{url}: HTML parse error: {e}"));
            var pageIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("[id]"))
            {
                if (!pageIds.Add(element.Id!))
                {
                    problems.Add($"{url}: duplicate id '{element.Id}'");
                }
            }

            ids[url] = pageIds;
            links.AddRange(document.QuerySelectorAll("a[href]").Select(a => (url, a.GetAttribute("href")!)));

            void Collect(object sender, AngleSharp.Dom.Events.Event ev)
            {
                if (ev is not AngleSharp.Html.Dom.Events.HtmlErrorEvent e)
                {
                    return;
                }

                // Tolerated by every browser and produced by valid authoring (e.g. '&' in URLs).
                if (!e.Message.Contains("character reference", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"{e.Message} at {e.Position.Line}:{e.Position.Column}");
                }
            }
        }

        foreach (var (page, href) in links)
        {
            if (href.Length == 0 || href.Contains(':', StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = href.IndexOf('#');
            var path = hash < 0 ? href : href[..hash];
            var anchor = hash < 0 ? "" : Uri.UnescapeDataString(href[(hash + 1)..]);
            var target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path.Split('?')[0]));
            if (!ids.ContainsKey(target))
            {
                if (!otherFiles.Contains(target))
                {
                    problems.Add($"{page}: link to missing page '{href}'");
                }

                continue;
            }

            if (anchor.Length > 0 && !ids[target].Contains(anchor))
            {
                problems.Add($"{page}: link to missing anchor '{href}'");
            }
        }

        return problems;
    }

    private static string Resolve(string page, string path)
    {
        var folder = page.Contains('/') ? page[..page.LastIndexOf('/')] : "";
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        var resolved = string.Join('/', parts);
        return resolved.Length == 0 || path.EndsWith('/') ? (resolved.Length == 0 ? "index.html" : resolved + "/index.html") : resolved;
    }
}
