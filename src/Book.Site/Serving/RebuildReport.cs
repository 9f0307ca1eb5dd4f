namespace Book.Site.Serving;

/// <summary>What one rebuild of <c>book serve</c> did.</summary>
public sealed record RebuildReport(
    long Stamp,
    IReadOnlyCollection<string> ChangedSources,
    IReadOnlyList<string> ChangedPages,
    IReadOnlyList<string> Messages,
    bool Succeeded,
    TimeSpan Elapsed);
