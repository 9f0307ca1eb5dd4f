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

    /// <summary><see cref="System.Diagnostics.Stopwatch"/> timestamp of the watcher's first event of the edit (0: not from the watcher).</summary>
    public long Noticed { get; init; }

    /// <summary><see cref="System.Diagnostics.Stopwatch"/> timestamp of the rebuild's start (after the watcher's quiet period).</summary>
    public long Started { get; init; }
}
