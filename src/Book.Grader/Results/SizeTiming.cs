namespace Book.Grader.Results;

/// <summary>
/// One benchmark size: median over pairs of (baseline time / submission time), the median absolute
/// deviation of those ratios relative to the median, the number of pairs, and the median per-call times.
/// </summary>
public sealed record SizeTiming(string Size, double Speedup, double Dispersion, int Pairs, double SubmissionMs, double BaselineMs);
