namespace Book.Grader.Results;

public enum BenchmarkStatus
{
    /// <summary>Timed, outputs of timed calls re-checked and right.</summary>
    Measured,

    /// <summary>Not run: tests failed, or public tests only.</summary>
    Skipped,

    /// <summary>Ran but earned nothing: wrong outputs while timed, a crash, a time-out, implausible timings.</summary>
    Failed,
}
