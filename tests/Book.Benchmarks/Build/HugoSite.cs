using System.Text.RegularExpressions;

namespace Book.Benchmarks.Build;

/// <summary>
/// A minimal Hugo site holding the same chapters: one content page each (the Markdown as it is, front
/// matter included), a one-line layout that prints the rendered content, raw HTML allowed and heading
/// attributes on, so Goldmark parses what our pipeline parses.
/// </summary>
public static partial class HugoSite
{
    public static string Write(string folder, IEnumerable<string> chapterFiles)
    {
        Directory.CreateDirectory(Path.Combine(folder, "content"));
        Directory.CreateDirectory(Path.Combine(folder, "layouts", "_default"));
        File.WriteAllText(Path.Combine(folder, "hugo.toml"), """
            baseURL = "https://example.org/"
            title = "Corpus"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
            [markup.goldmark.renderer]
              unsafe = true
            [markup.goldmark.parser.attribute]
              block = true
              title = true
            """);
        const string layout = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n";
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "single.html"), layout);
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "list.html"), layout);
        File.WriteAllText(Path.Combine(folder, "layouts", "index.html"), layout);
        foreach (var file in chapterFiles)
        {
            // Hugo would read Quarto's {{< shortcode >}} as its own and stop on unknown ones: neutralise them.
            var text = Shortcode().Replace(File.ReadAllText(file), "");
            File.WriteAllText(Path.Combine(folder, "content", Path.GetFileNameWithoutExtension(file) + ".md"), text);
        }

        return folder;
    }

    [GeneratedRegex(@"\{\{<[^>]*>\}\}")]
    private static partial Regex Shortcode();
}
