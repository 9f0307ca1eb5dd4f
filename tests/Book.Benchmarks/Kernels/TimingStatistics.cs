namespace Book.Benchmarks.Kernels;

/// <summary>Per-call times of both sides (ms) and the per-round ratio B/A (so &gt; 1 means A is faster).</summary>
public sealed record TimingStatistics(Statistic A, Statistic B, Statistic Ratio);
