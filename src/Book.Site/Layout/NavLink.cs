namespace Book.Site.Layout;

/// <summary>A link in the sidebar, breadcrumbs or previous/next.</summary>
/// <param name="Title">Plain-text title.</param>
/// <param name="Number">"3" for chapter 3; empty when unnumbered.</param>
/// <param name="Url">Site-relative URL: <c>quantization.html</c>.</param>
public sealed record NavLink(string Title, string Number, string Url)
{
    /// <summary>
    /// The later pages of a split chapter (its link leads to the first), shown under it in the sidebar
    /// while one of its pages is read; empty for a chapter of one page.
    /// </summary>
    public IReadOnlyList<NavLink> Pages { get; init; } = [];

    /// <summary>Equal links, nested pages included (records compare lists by reference).</summary>
    public bool SameAs(NavLink other) =>
        Equals(other) || (Title == other.Title && Number == other.Number && Url == other.Url
            && Pages.Count == other.Pages.Count && Pages.Zip(other.Pages).All(p => p.First.SameAs(p.Second)));
}
