namespace Book.Site.Layout;

/// <summary>One page to lay out: its rendered body plus what the layout shows around it.</summary>
public sealed class PageView
{
    public required string Title { get; init; }

    /// <summary>Chapter number ("3") or empty.</summary>
    public string Number { get; init; } = "";

    /// <summary>Site-relative URL of this page: <c>quantization.html</c>, <c>exercises/softmax.html</c>.</summary>
    public required string Url { get; init; }

    /// <summary>Relative path from this page to the site root: "" or "../".</summary>
    public string Root { get; init; } = "";

    /// <summary>"chapter", "front", "back", "index", "exercise", "progress", "404".</summary>
    public string Kind { get; init; } = "chapter";

    public required string BodyHtml { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
    public IReadOnlyList<NavLink> Breadcrumbs { get; init; } = [];
    public NavLink? Previous { get; init; }
    public NavLink? Next { get; init; }

    /// <summary>"Edit this page" link, or empty.</summary>
    public string EditUrl { get; init; } = "";

    /// <summary>Absolute canonical URL, or empty when the site has no base URL.</summary>
    public string CanonicalUrl { get; init; } = "";
}
