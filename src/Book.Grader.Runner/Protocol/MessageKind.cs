namespace Book.Grader.Runner.Protocol;

/// <summary>The first byte of every frame. Requests go grader to runner, replies runner to grader.</summary>
public enum MessageKind : byte
{
    Hello = 1,
    Run = 2,
    Benchmark = 3,
    Bye = 4,

    Ready = 101,
    Result = 102,
    BenchmarkResult = 103,
}
