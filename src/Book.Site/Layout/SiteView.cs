namespace Book.Site.Layout;

/// <summary>What every page's layout knows about the whole site.</summary>
public sealed class SiteView
{
    public required string Title { get; init; }
    public string Subtitle { get; init; } = "";
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Absolute base URL with the path prefix, ending in '/': <c>https://example.org/book/</c>; empty if unknown.</summary>
    public string BaseUrl { get; init; } = "";

    public string RepositoryUrl { get; init; } = "";
    public IReadOnlyList<NavPart> Parts { get; init; } = [];

    /// <summary>Logical asset name (<c>site.css</c>) → hashed site-relative URL (<c>assets/site.3f2a1b.css</c>).</summary>
    public IReadOnlyDictionary<string, string> Assets { get; init; } = new Dictionary<string, string>();

    /// <summary>True when served by <c>book serve</c>: the layout adds the live-reload client.</summary>
    public bool LiveReload { get; init; }

    /// <summary>True when the site has a "Your progress" page (<c>progress.html</c>): the sidebar links it.</summary>
    public bool HasProgressPage { get; init; }
}
