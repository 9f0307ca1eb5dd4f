namespace Book.Grader.Runner.Execution;

/// <summary>What the grader asks the runner to time: one method on one input, within a time budget.</summary>
public sealed record BenchmarkRequest(
    string Method,
    object[] Arguments,
    int[] OutputIndices,
    double MinMs,
    double MaxMs,
    int CheckSeed);
