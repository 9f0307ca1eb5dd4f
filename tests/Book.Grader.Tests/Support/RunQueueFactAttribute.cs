using Book.Grader.Runner.Execution;

namespace Book.Grader.Tests.Support;

/// <summary>A fact that needs the scheduler's per-thread counters (Linux schedstat); skipped, saying why, elsewhere.</summary>
public sealed class RunQueueFactAttribute : FactAttribute
{
    public RunQueueFactAttribute()
    {
        using var clock = RunQueueClock.ForCurrentThread();
        if (!clock.Available)
        {
            Skip = "needs /proc/thread-self/schedstat (Linux)";
        }
    }
}
