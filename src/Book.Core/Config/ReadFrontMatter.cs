using Book.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Config;

/// <summary>
/// Reads a chapter's YAML front matter, reporting problems at the chapter's own line numbers.
/// Quarto's other keys (execution, format, MLSysBook's concept files) are accepted silently:
/// real books carry them and they are no mistake; anything else gets a "did you mean" warning.
/// </summary>
public static class ReadFrontMatter
{
    private static readonly string[] Known = ["title", "subtitle", "description", "bibliography", "quiz"];

    private static readonly string[] Tolerated =
    [
        "author", "authors", "date", "abstract", "keywords", "lang", "format", "engine", "jupyter", "execute",
        "toc", "number-sections", "crossref", "filters", "concepts", "glossary", "crossrefs", "categories",
        "image", "draft", "citation", "license", "page-layout", "title-block-banner", "editor",
    ];

    /// <summary>
    /// Splits off the front matter. <paramref name="text"/> is the chapter's full text; the returned
    /// record's <see cref="FrontMatter.LineCount"/> says how many leading lines belong to it.
    /// </summary>
    public static FrontMatter Read(string text, string chapterPath, string bookRoot, string displayFile, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal) || (text.Length > 3 && text[3] is not ('\n' or '\r' or ' ')))
        {
            return FrontMatter.Empty;
        }

        // Only the lines up to the closing fence are looked at: a chapter is long, its front matter short.
        var lines = new List<string>();
        var end = -1;
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var line = newline < 0 ? text[start..] : text[start..newline];
            if (lines.Count > 0 && line.TrimEnd() is "---" or "...")
            {
                end = lines.Count;
                break;
            }

            lines.Add(line);
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        if (end < 0)
        {
            diagnostics.Error(DiagnosticCodes.MalformedFrontMatter, displayFile, 1, 1,
                "front matter is not closed; add a line '---' after the YAML block at the top of the file");
            return FrontMatter.Empty;
        }

        var yaml = string.Join('\n', lines.Skip(1));
        var lineCount = end + 1;
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.MalformedFrontMatter, displayFile, (int)e.Start.Line + 1, (int)e.Start.Column,
                $"malformed YAML in the front matter: {ReadSiteConfig.Describe(e)}");
            return FrontMatter.Empty with { LineCount = lineCount };
        }

        var reader = new YamlFieldReader(displayFile, diagnostics, lineOffset: 1);
        if (root is null || YamlFieldReader.IsNull(root))
        {
            return FrontMatter.Empty with { LineCount = lineCount };
        }

        if (root is not YamlMappingNode map)
        {
            reader.Error(root, DiagnosticCodes.WrongType, "front matter must be a mapping of keys (title:, description:, ...) to values");
            return FrontMatter.Empty with { LineCount = lineCount };
        }

        reader.CheckKeys(map, Known, Tolerated);
        var chapterDir = Path.GetDirectoryName(chapterPath)!;
        return new FrontMatter
        {
            Title = reader.String(map, "title"),
            Subtitle = reader.String(map, "subtitle") ?? "",
            Description = reader.String(map, "description") ?? "",
            Bibliography = reader.StringList(map, "bibliography")
                .Select(n => ResolveBesideChapter(reader, n, chapterDir, bookRoot, mustExist: true)).OfType<string>().ToList(),
            Quiz = reader.Node(map, "quiz") is { } quiz ? ResolveBesideChapter(reader, quiz, chapterDir, bookRoot, mustExist: false) : null,
            LineCount = lineCount,
        };
    }

    private static string? ResolveBesideChapter(YamlFieldReader reader, YamlNode node, string chapterDir, string bookRoot, bool mustExist)
    {
        var text = reader.AsString(node, "path");
        if (text is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(chapterDir, text));
        if (!BookPaths.IsInside(bookRoot, path))
        {
            reader.Error(node, DiagnosticCodes.PathEscapesBook, $"'{text}' is outside the book folder; move the file into it");
            return null;
        }

        if (!File.Exists(path))
        {
            if (mustExist)
            {
                reader.Error(node, DiagnosticCodes.MissingFile, $"file not found: {text} (relative to the chapter's folder)");
            }

            return null;
        }

        return path;
    }
}
