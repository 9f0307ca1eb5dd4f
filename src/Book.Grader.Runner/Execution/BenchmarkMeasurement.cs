namespace Book.Grader.Runner.Execution;

/// <summary>
/// Per-pair times (milliseconds per call) of the submission and the baseline, in the order they were
/// measured, on <see cref="Clock"/> ("wall-minus-runqueue" or "wall"); the wall time of every timed call summed
/// (the grader checks it against its own clock); the outputs of a few timed submission calls chosen
/// at random for the grader to re-check; where the timed phase's time went (warm-up, the timed
/// pairs), so <c>book grade --timings</c> can show it.
/// </summary>
public sealed record BenchmarkMeasurement(
    double[] SubmissionMs,
    double[] BaselineMs,
    int WarmupCalls,
    double TimedTotalMs,
    IReadOnlyList<object[]> CheckedOutputs,
    string Clock,
    double WarmupMs = 0,
    double PairsMs = 0);
