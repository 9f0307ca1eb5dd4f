namespace Book.Grader.Runner.Protocol;

/// <summary>The first byte of every frame. Requests go grader to runner, replies runner to grader.</summary>
public enum MessageKind : byte
{
    Hello = 1,
    Run = 2,
    Benchmark = 3,
    Bye = 4,

    /// <summary>The benchmark's inputs, sent and placed before the timed phase (outside its time).</summary>
    BenchmarkInputs = 5,

    /// <summary>The outputs of the timed calls kept for re-checking, fetched after the timed phase.</summary>
    BenchmarkChecks = 6,

    /// <summary>After <see cref="BenchmarkWarmedUp"/>: time the pairs now.</summary>
    BenchmarkGo = 7,

    Ready = 101,
    Result = 102,
    BenchmarkResult = 103,
    BenchmarkReady = 105,
    BenchmarkChecked = 106,

    /// <summary>The warm-up is over (or failed, with the error): the runner waits for <see cref="BenchmarkGo"/>.</summary>
    BenchmarkWarmedUp = 107,
}
