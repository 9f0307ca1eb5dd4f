namespace Book.Grader.Results;

/// <summary>
/// One benchmark size: median over pairs of (baseline time / submission time), the median absolute
/// deviation of those ratios relative to the median, the number of pairs, the median per-call times,
/// and the clock they were measured on: "wall-minus-runqueue" (wall time less the time the runner's
/// thread waited for a CPU behind other processes) or "wall" (where the scheduler's counters cannot be read).
/// </summary>
public sealed record SizeTiming(string Size, double Speedup, double Dispersion, int Pairs, double SubmissionMs, double BaselineMs, string Clock);
