using Book.Site.Incremental;

namespace Book.Site.Serving;

/// <summary>What one rebuild of <c>book serve</c> did.</summary>
public sealed record RebuildReport(
    long Stamp,
    IReadOnlyCollection<string> ChangedSources,
    IReadOnlyList<string> ChangedPages,
    IReadOnlyList<string> Messages,
    bool Succeeded,
    TimeSpan Elapsed)
{
    /// <summary>False when the whole site was built again (first build, site.yml, theme, bibliography, ...).</summary>
    public bool Incremental { get; init; }

    /// <summary>Where the rebuild's time went, stage by stage.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];
}
