using Book.Core.Diagnostics;

namespace Book.Site.Incremental;

/// <summary>What one rebuild of an <see cref="IncrementalSite"/> did.</summary>
/// <param name="RenderedPaths">Site paths it produced again (their content may or may not differ from before).</param>
/// <param name="Diagnostics">Everything the site's sources give now, as a full build would report it.</param>
/// <param name="Incremental">False for a full build.</param>
/// <param name="Stages">Where its time went.</param>
public sealed record SiteUpdate(
    IReadOnlyCollection<string> RenderedPaths,
    DiagnosticBag Diagnostics,
    bool Incremental,
    IReadOnlyList<StageTime> Stages);
