namespace Book.Site.Serving;

public enum LiveReloadEventKind
{
    /// <summary>The site was rebuilt: reload the page.</summary>
    Reload,

    /// <summary>The build failed: show the diagnostics as an overlay; the old site stays served.</summary>
    Errors,
}

/// <param name="Kind">What happened.</param>
/// <param name="Pages">Site-relative URLs of the pages that changed (empty: all).</param>
/// <param name="Messages">Diagnostics to show in the overlay.</param>
/// <param name="Stamp">Monotonic build number, so a page can tell events apart.</param>
public sealed record LiveReloadEvent(
    LiveReloadEventKind Kind,
    IReadOnlyList<string> Pages,
    IReadOnlyList<string> Messages,
    long Stamp);
