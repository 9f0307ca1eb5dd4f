namespace Book.Grader.Results;

/// <summary>
/// The speed part: the overall speed-up over the baseline (geometric mean over sizes), the tiers it
/// reached and the points they give.
/// </summary>
public sealed record BenchmarkResult(
    BenchmarkStatus Status,
    string Message,
    double? Speedup,
    IReadOnlyList<SizeTiming> Sizes,
    int TiersReached,
    double Points,
    int MaxPoints);
