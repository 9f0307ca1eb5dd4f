namespace Book.Core.Config;

/// <summary>
/// The book's configuration, read from <c>site.yml</c>. Paths are absolute (resolved against the
/// book folder when read) so later stages never guess what a relative path was relative to.
/// </summary>
public sealed class SiteConfig
{
    /// <summary>Absolute path of the <c>site.yml</c> file (or where it would be).</summary>
    public required string ConfigPath { get; init; }

    /// <summary>Absolute path of the folder that holds the chapters (<c>book:</c>, default <c>book</c>).</summary>
    public required string BookRoot { get; init; }

    public required string Title { get; init; }
    public string Subtitle { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string Language { get; init; } = "en";

    /// <summary>Absolute site URL ending in '/', path prefix included (<c>https://x.org/book/</c>); empty if unknown.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>Path of the site under its host, "/" or "/book/".</summary>
    public string PathPrefix { get; init; } = "/";

    public string RepositoryUrl { get; init; } = "";
    public string RepositoryBranch { get; init; } = "main";

    public IReadOnlyList<ChapterRef> FrontMatter { get; init; } = [];
    public IReadOnlyList<PartConfig> Parts { get; init; } = [];
    public IReadOnlyList<ChapterRef> BackMatter { get; init; } = [];

    /// <summary>Site-wide BibTeX files (absolute paths).</summary>
    public IReadOnlyList<string> Bibliography { get; init; } = [];

    /// <summary>The glossary file (absolute path), or null.</summary>
    public string? Glossary { get; init; }

    /// <summary>Folder whose files override the built-in theme (absolute path), or null.</summary>
    public string? ThemeFolder { get; init; }

    public SearchOptions Search { get; init; } = new();

    /// <summary>How chapters are cut into pages (<c>split:</c>).</summary>
    public SplitMode Split { get; init; } = SplitMode.Auto;

    /// <summary>
    /// The most a page's body may weigh, in KB of gzip, before <see cref="SplitMode.Auto"/> cuts its chapter
    /// (<c>split-budget:</c>). 120 KB leaves room under a 150 KB page for the layout, styles and scripts.
    /// </summary>
    public int SplitBudgetKb { get; init; } = DefaultSplitBudgetKb;

    public const int DefaultSplitBudgetKb = 120;

    /// <summary>Labels defined outside this book (chapters of a companion volume), by id.</summary>
    public IReadOnlyDictionary<string, ExternalLabel> ExternalLabels { get; init; } = new Dictionary<string, ExternalLabel>();

    /// <summary>Every chapter in reading order: front matter, the parts' chapters, back matter.</summary>
    public IEnumerable<ChapterRef> AllChapters =>
        FrontMatter.Concat(Parts.SelectMany(p => p.Chapters)).Concat(BackMatter);
}
