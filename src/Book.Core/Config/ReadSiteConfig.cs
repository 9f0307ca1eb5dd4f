using Book.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Config;

/// <summary>
/// Reads <c>site.yml</c> into a <see cref="SiteConfig"/>. Every problem becomes a diagnostic at
/// <c>site.yml(line,col)</c>; the result is null only when nothing usable could be read.
/// Paths of chapters, bibliography and glossary are relative to the book folder and may not leave it;
/// the book folder and the theme folder are relative to the folder of site.yml.
/// </summary>
public static class ReadSiteConfig
{
    private static readonly string[] TopKeys =
    [
        "title", "subtitle", "description", "authors", "language", "base-url", "path-prefix", "repository",
        "book", "front-matter", "parts", "back-matter", "bibliography", "glossary", "theme", "search",
        "external-labels", "split", "split-budget",
    ];

    private static readonly string[] PartKeys = ["title", "chapters"];
    private static readonly string[] RepositoryKeys = ["url", "branch"];
    private static readonly string[] ExternalKeys = ["title", "url"];

    private static readonly string[] SearchKeys =
        ["enabled", "stemming", "positions", "chapter-boost", "section-boost", "snippet-length"];

    public static SiteConfig? Read(string configPath, DiagnosticBag diagnostics)
    {
        var fullPath = Path.GetFullPath(configPath);
        var display = DisplayName(fullPath);
        if (!System.IO.File.Exists(fullPath))
        {
            diagnostics.Error(DiagnosticCodes.ConfigNotFound, display, 0, 0,
                $"configuration file not found: {fullPath}; run from the book's repository or pass --config PATH");
            return null;
        }

        var root = Parse(System.IO.File.ReadAllText(fullPath), display, diagnostics);
        if (root is null)
        {
            return null;
        }

        var reader = new YamlFieldReader(display, diagnostics);
        if (root is not YamlMappingNode map)
        {
            reader.Error(root, DiagnosticCodes.WrongType, "site.yml must be a mapping of keys (title:, parts:, ...) to values");
            return null;
        }

        reader.CheckKeys(map, TopKeys);
        var configDir = Path.GetDirectoryName(fullPath)!;
        var bookRoot = Path.GetFullPath(Path.Combine(configDir, reader.String(map, "book") ?? "book"));
        if (!Directory.Exists(bookRoot))
        {
            var node = reader.Node(map, "book") ?? map;
            reader.Error(node, DiagnosticCodes.MissingFile, $"book folder not found: {bookRoot}; set 'book:' to the folder that holds the chapters");
            return null;
        }

        var paths = new BookPaths(reader, bookRoot);
        var title = reader.String(map, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            reader.Error(map, DiagnosticCodes.MissingKey, "site.yml has no 'title:'; add the book's title");
        }

        var (baseUrl, prefix) = ReadUrls(reader, map);
        var repository = reader.Mapping(map, "repository");
        if (repository is not null)
        {
            reader.CheckKeys(repository, RepositoryKeys);
        }

        var parts = ReadParts(reader, map, paths);
        var front = ReadChapters(reader, paths, reader.StringList(map, "front-matter"), Matter.Front);
        var back = ReadChapters(reader, paths, reader.StringList(map, "back-matter"), Matter.Back);
        if (front.Count + back.Count + parts.Sum(p => p.Chapters.Count) == 0)
        {
            reader.Error(map, DiagnosticCodes.MissingKey, "site.yml lists no chapters; add 'parts:' with 'chapters:' (or 'front-matter:')");
        }

        var glossaryNode = reader.Node(map, "glossary");
        var themeNode = reader.Node(map, "theme");
        return new SiteConfig
        {
            ConfigPath = fullPath,
            BookRoot = bookRoot,
            Title = title ?? "Untitled",
            Subtitle = reader.String(map, "subtitle") ?? "",
            Description = reader.String(map, "description") ?? "",
            Authors = reader.StringList(map, "authors").Select(a => a.Value ?? "").ToList(),
            Language = reader.String(map, "language") ?? "en",
            BaseUrl = baseUrl,
            PathPrefix = prefix,
            RepositoryUrl = (repository is null ? null : reader.String(repository, "url"))?.TrimEnd('/') ?? "",
            RepositoryBranch = (repository is null ? null : reader.String(repository, "branch")) ?? "main",
            FrontMatter = front,
            Parts = parts,
            BackMatter = back,
            Bibliography = reader.StringList(map, "bibliography").Select(paths.File).OfType<string>().ToList(),
            Glossary = glossaryNode is null ? null : paths.File(glossaryNode),
            ThemeFolder = themeNode is null ? null : ReadThemeFolder(reader, themeNode, configDir),
            Search = ReadSearch(reader, map),
            ExternalLabels = ReadExternalLabels(reader, map),
            Split = ReadSplit(reader, map),
            SplitBudgetKb = ReadSplitBudget(reader, map),
        };
    }

    /// <summary>Shown in diagnostics: relative to the working directory when below it, else absolute.</summary>
    public static string DisplayName(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative.Replace('\\', '/');
    }

    private static YamlNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, file, 1, 1, "site.yml is empty; it needs at least 'title:' and 'parts:'");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.MalformedYaml, file, (int)e.Start.Line, (int)e.Start.Column,
                $"malformed YAML: {Describe(e)}; check the indentation and quoting on this line");
            return null;
        }
    }

    /// <summary>YamlDotNet prefixes its own position to messages; ours is already in the diagnostic.</summary>
    public static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message).TrimEnd('.');
    }

    private static (string BaseUrl, string Prefix) ReadUrls(YamlFieldReader reader, YamlMappingNode map)
    {
        var prefix = reader.String(map, "path-prefix");
        var baseNode = reader.Node(map, "base-url");
        var baseText = baseNode is null ? null : reader.AsString(baseNode, "base-url");
        if (baseText is null)
        {
            return ("", NormalizePrefix(prefix ?? "/"));
        }

        if (!Uri.TryCreate(baseText, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            reader.Error(baseNode!, DiagnosticCodes.WrongType, $"'base-url' must be an absolute http(s) URL such as https://example.org/, not '{baseText}'");
            return ("", NormalizePrefix(prefix ?? "/"));
        }

        var path = NormalizePrefix(prefix ?? uri.AbsolutePath);
        return ($"{uri.Scheme}://{uri.Authority}{path}", path);
    }

    private static string NormalizePrefix(string prefix) => "/" + prefix.Trim('/') + (prefix.Trim('/').Length > 0 ? "/" : "");

    private static List<PartConfig> ReadParts(YamlFieldReader reader, YamlMappingNode map, BookPaths paths)
    {
        var parts = new List<PartConfig>();
        foreach (var node in reader.Sequence(map, "parts")?.Children ?? [])
        {
            if (node is not YamlMappingNode part)
            {
                reader.Error(node, DiagnosticCodes.WrongType, "each part must be a mapping with 'title:' and 'chapters:'");
                continue;
            }

            reader.CheckKeys(part, PartKeys);
            var title = reader.String(part, "title");
            if (title is null)
            {
                reader.Error(part, DiagnosticCodes.MissingKey, "this part has no 'title:'");
            }

            parts.Add(new PartConfig(title ?? "", ReadChapters(reader, paths, reader.StringList(part, "chapters"), Matter.Main)));
        }

        return parts;
    }

    private static List<ChapterRef> ReadChapters(YamlFieldReader reader, BookPaths paths, IReadOnlyList<YamlScalarNode> nodes, Matter matter)
    {
        var chapters = new List<ChapterRef>();
        foreach (var node in nodes)
        {
            var path = paths.File(node);
            if (path is not null)
            {
                chapters.Add(new ChapterRef(path, paths.Relative(path), matter, reader.Line(node), reader.Column(node)));
            }
        }

        return chapters;
    }

    private static string? ReadThemeFolder(YamlFieldReader reader, YamlNode node, string configDir)
    {
        var text = reader.AsString(node, "theme");
        if (text is null)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(configDir, text));
        if (!Directory.Exists(folder))
        {
            reader.Error(node, DiagnosticCodes.MissingFile, $"theme folder not found: {text}; create it or remove 'theme:'");
            return null;
        }

        return folder;
    }

    private static SplitMode ReadSplit(YamlFieldReader reader, YamlMappingNode map)
    {
        var node = reader.Node(map, "split");
        var text = node is null ? null : reader.AsString(node, "split");
        switch (text)
        {
            case null or "auto":
                return SplitMode.Auto;
            case "chapter":
                return SplitMode.Chapter;
            case "section":
                return SplitMode.Section;
            default:
                reader.Error(node!, DiagnosticCodes.WrongType,
                    $"'split: {text}' is not a way to split chapters; use auto (split long chapters at their sections), chapter (a page per chapter) or section (a page per section)");
                return SplitMode.Auto;
        }
    }

    private static int ReadSplitBudget(YamlFieldReader reader, YamlMappingNode map)
    {
        var budget = reader.Number(map, "split-budget");
        if (budget is null)
        {
            return SiteConfig.DefaultSplitBudgetKb;
        }

        if (budget < 1 || budget > 100_000)
        {
            reader.Error(reader.Node(map, "split-budget")!, DiagnosticCodes.WrongType,
                $"'split-budget: {budget}' must be a size in KB of gzip between 1 and 100000 (for example 120)");
            return SiteConfig.DefaultSplitBudgetKb;
        }

        return (int)budget;
    }

    private static SearchOptions ReadSearch(YamlFieldReader reader, YamlMappingNode map)
    {
        var search = reader.Mapping(map, "search");
        if (search is null)
        {
            return new SearchOptions();
        }

        reader.CheckKeys(search, SearchKeys);
        var defaults = new SearchOptions();
        return new SearchOptions
        {
            Enabled = reader.Bool(search, "enabled") ?? defaults.Enabled,
            Stemming = reader.Bool(search, "stemming") ?? defaults.Stemming,
            Positions = reader.Bool(search, "positions") ?? defaults.Positions,
            ChapterBoost = reader.Number(search, "chapter-boost") ?? defaults.ChapterBoost,
            SectionBoost = reader.Number(search, "section-boost") ?? defaults.SectionBoost,
            SnippetLength = (int)(reader.Number(search, "snippet-length") ?? defaults.SnippetLength),
        };
    }

    private static Dictionary<string, ExternalLabel> ReadExternalLabels(YamlFieldReader reader, YamlMappingNode map)
    {
        var labels = new Dictionary<string, ExternalLabel>(StringComparer.Ordinal);
        var mapping = reader.Mapping(map, "external-labels");
        foreach (var (key, value) in mapping?.Children.ToList() ?? [])
        {
            var id = (key as YamlScalarNode)?.Value ?? "";
            if (value is not YamlMappingNode entry)
            {
                reader.Error(value, DiagnosticCodes.WrongType, $"external label '{id}' must be a mapping with 'title:' and 'url:'");
                continue;
            }

            reader.CheckKeys(entry, ExternalKeys);
            var url = reader.String(entry, "url");
            if (url is null)
            {
                reader.Error(entry, DiagnosticCodes.MissingKey, $"external label '{id}' has no 'url:'");
                continue;
            }

            labels[id] = new ExternalLabel(id, reader.String(entry, "title") ?? id, url);
        }

        return labels;
    }
}
