using System.Diagnostics;
using Book.Grader.Runner.Execution;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Units;

/// <summary>
/// The benchmark's clock: wall time less run-queue waits is the thread's running time when other
/// threads crowd the CPUs, and sleeping (blocking) still counts.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class RunQueueClockTests
{
    [RunQueueFact]
    public void Waiting_for_a_cpu_is_removed_from_wall_time()
    {
        using var stop = new CancellationTokenSource();
        var spinners = Enumerable.Range(0, 2 * Environment.ProcessorCount)
            .Select(_ => new Thread(() => { while (!stop.IsCancellationRequested) { Thread.SpinWait(1000); } }) { IsBackground = true })
            .ToList();
        spinners.ForEach(t => t.Start());
        try
        {
            using var clock = RunQueueClock.ForCurrentThread();
            var t0 = Stopwatch.GetTimestamp();
            var (ran0, waited0) = clock.Read();
            var x = 0.0;
            for (var i = 0; i < 40_000_000; i++)
            {
                x += Math.Sqrt(i);
            }

            var (ran1, waited1) = clock.Read();
            var wall = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            var ran = ran1 - ran0;
            var measured = wall - (waited1 - waited0);
            Assert.True(x > 0);
            // The kernel updates the running time at ticks and switches, so it may lag by a tick or two.
            Assert.True(Math.Abs(measured - ran) <= 0.1 * ran + 10, $"wall {wall:F1} ms, waited {waited1 - waited0:F1} ms, ran {ran:F1} ms");
        }
        finally
        {
            stop.Cancel();
            spinners.ForEach(t => t.Join());
        }
    }

    [RunQueueFact]
    public void Sleeping_is_not_a_run_queue_wait()
    {
        using var clock = RunQueueClock.ForCurrentThread();
        var t0 = Stopwatch.GetTimestamp();
        var waited = clock.Read().Waited;
        Thread.Sleep(100);
        waited = clock.Read().Waited - waited;
        var wall = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        Assert.True(wall - waited >= 95, $"wall {wall:F1} ms, waited {waited:F1} ms");
    }
}
