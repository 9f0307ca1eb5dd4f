using Book.Core.Diagnostics;

namespace Book.Grader.Results;

/// <summary>
/// Everything a grading produced; every report format is a view of this. Holds no machine paths:
/// diagnostics name the student's files as they named them.
/// </summary>
public sealed record GradeResult(
    string Exercise,
    GradeStatus Status,
    double Score,
    int MaxScore,
    int Seed,
    string Sandbox,
    string Summary,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<GroupResult> Groups,
    BenchmarkResult? Benchmark)
{
    /// <summary>Where the time went (not part of any report).</summary>
    public IReadOnlyList<PhaseTime> Phases { get; init; } = [];
}
