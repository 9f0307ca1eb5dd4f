namespace Book.Benchmarks.Kernels;

/// <summary>One paired measurement read on two clocks: wall time and the process's CPU time.</summary>
public sealed record PairedResult(TimingStatistics Wall, TimingStatistics Cpu);
