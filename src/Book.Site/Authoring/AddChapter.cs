using System.Globalization;
using System.Text;
using Book.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Site.Authoring;

/// <summary>
/// <c>book new chapter "Title" [--part P]</c>: writes <c>book/&lt;slug&gt;.md</c> with front matter and
/// lists it in <c>site.yml</c>. site.yml is edited as text at the position the YAML parser reports, so
/// the contributor's comments, order and formatting stay exactly as they were.
/// </summary>
public static class AddChapter
{
    public sealed record Result(string ChapterPath, string Entry, string PartTitle);

    /// <param name="configPath">Path of site.yml.</param>
    /// <param name="title">The chapter title.</param>
    /// <param name="part">A part title (case-insensitive) or 1-based number; null: the last part.</param>
    /// <param name="diagnostics">Receives what went wrong; nothing is written when it has errors.</param>
    public static Result? Run(string configPath, string title, string? part, DiagnosticBag diagnostics)
    {
        var configName = Path.GetFileName(configPath);
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error("BK900", configName, 0, 0, "the chapter title is empty: give one, e.g. book new chapter \"Model compression\"");
            return null;
        }

        if (!File.Exists(configPath))
        {
            diagnostics.Error("BK901", configName, 0, 0, $"'{configPath}' does not exist: run the command in the book's folder or pass --config");
            return null;
        }

        var text = File.ReadAllText(configPath);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m
                ? m
                : throw new YamlException("site.yml is not a mapping of keys");
        }
        catch (YamlException e)
        {
            diagnostics.Error("BK902", configName, (int)e.Start.Line, (int)e.Start.Column, $"site.yml is not valid YAML ({e.Message}): fix it, then run the command again");
            return null;
        }

        var bookFolder = root.Children.TryGetValue(new YamlScalarNode("book"), out var b) && b is YamlScalarNode bs && bs.Value is { Length: > 0 } bv ? bv : "book";
        if (!root.Children.TryGetValue(new YamlScalarNode("parts"), out var partsNode) || partsNode is not YamlSequenceNode parts || parts.Children.Count == 0)
        {
            diagnostics.Error("BK903", configName, 0, 0, "site.yml has no parts: add a 'parts:' list with a part (title and chapters) first");
            return null;
        }

        var chosen = FindPart(parts, part);
        if (chosen is null)
        {
            var names = string.Join(", ", parts.Children.OfType<YamlMappingNode>().Select((p, i) => $"{i + 1} '{PartTitle(p)}'"));
            diagnostics.Error("BK904", configName, (int)parts.Start.Line, (int)parts.Start.Column, $"no part '{part}' in site.yml: use one of {names}");
            return null;
        }

        var slug = Slug.From(title);
        var entry = slug + ".md";
        var chapterPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath))!, bookFolder, entry);
        if (File.Exists(chapterPath))
        {
            diagnostics.Error("BK905", Path.Combine(bookFolder, entry), 0, 0, "a chapter file with this name exists already: choose another title, or list the existing file in site.yml by hand");
            return null;
        }

        var edited = InsertEntry(text, chosen, entry);
        if (edited is null)
        {
            diagnostics.Error("BK906", configName, (int)chosen.Start.Line, (int)chosen.Start.Column, $"the part '{PartTitle(chosen)}' has a 'chapters' value that is not a list: make it a YAML list");
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(chapterPath)!);
        File.WriteAllText(chapterPath, ChapterTemplate(title, slug), new UTF8Encoding(false));
        WriteAtomically(configPath, edited);
        return new Result(chapterPath, entry, PartTitle(chosen));
    }

    private static YamlMappingNode? FindPart(YamlSequenceNode parts, string? wanted)
    {
        var all = parts.Children.OfType<YamlMappingNode>().ToList();
        if (wanted is null)
        {
            return all.LastOrDefault();
        }

        if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= all.Count)
        {
            return all[n - 1];
        }

        return all.FirstOrDefault(p => string.Equals(PartTitle(p), wanted, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(p => PartTitle(p).Contains(wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static string PartTitle(YamlMappingNode part) =>
        part.Children.TryGetValue(new YamlScalarNode("title"), out var t) && t is YamlScalarNode s ? s.Value ?? "" : "";

    /// <summary>Adds <paramref name="entry"/> after the part's last chapter, in the style the list is written in.</summary>
    private static string? InsertEntry(string text, YamlMappingNode part, string entry)
    {
        var lines = text.Split('\n').ToList();
        if (!part.Children.TryGetValue(new YamlScalarNode("chapters"), out var node))
        {
            // No chapters key yet: add one under the part's title, indented like the title.
            var titleKey = part.Children.Keys.First();
            var line = (int)titleKey.Start.Line - 1;
            var indent = new string(' ', (int)titleKey.Start.Column - 1);
            lines.Insert(line + 1, $"{indent}chapters:");
            lines.Insert(line + 2, $"{indent}  - {entry}");
            return string.Join('\n', lines);
        }

        if (node is not YamlSequenceNode chapters)
        {
            return null;
        }

        if (chapters.Style == YamlDotNet.Core.Events.SequenceStyle.Flow)
        {
            // [a.md, b.md] -> [a.md, b.md, new.md]: insert before the bracket that closes the list
            // (file names hold no brackets, so the first ']' after the opening '[' closes it).
            for (var row = (int)chapters.Start.Line - 1; row < lines.Count; row++)
            {
                var from = row == (int)chapters.Start.Line - 1 ? (int)chapters.Start.Column - 1 : 0;
                var closing = lines[row].IndexOf(']', from);
                if (closing >= 0)
                {
                    var separator = chapters.Children.Count == 0 ? "" : ", ";
                    lines[row] = lines[row][..closing] + separator + entry + lines[row][closing..];
                    return string.Join('\n', lines);
                }
            }

            return null;
        }

        var last = chapters.Children[^1];
        var lastLine = (int)last.Start.Line - 1;
        var prefix = lines[lastLine][..((int)last.Start.Column - 1)];
        lines.Insert((int)last.End.Line, prefix + entry);
        return string.Join('\n', lines);
    }

    private static string ChapterTemplate(string title, string slug)
    {
        var quoted = title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $$"""
            ---
            title: "{{quoted}}"
            description: "{{quoted}}"
            ---

            ::: {.callout-tip title="Learning objectives"}
            After this chapter you will be able to explain what it teaches.
            :::

            ## Introduction {#sec-{{slug}}-introduction}

            Write the chapter here. Preview it with `book serve`; check it with `book check`.

            ::: {.callout-important title="Key takeaways"}
            What the reader should remember.
            :::

            """;
    }

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
