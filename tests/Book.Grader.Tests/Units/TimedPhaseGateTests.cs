using Book.Grader.Grading;

namespace Book.Grader.Tests.Units;

/// <summary>
/// Batch grading overlaps ordinary work but never a timed phase: while one runs, no work step of
/// another grade is in progress, and a timed phase called from inside a work step does not deadlock
/// with another doing the same.
/// </summary>
public sealed class TimedPhaseGateTests
{
    [Fact]
    public void A_timed_phase_never_overlaps_work_and_two_timed_phases_do_not_deadlock()
    {
        using var gate = new TimedPhaseGate();
        var working = 0;
        var timedRuns = 0;
        var overlaps = 0;
        void Grade()
        {
            using var work = gate.Work();
            for (var step = 0; step < 20; step++)
            {
                Interlocked.Increment(ref working);
                Thread.SpinWait(20_000);
                Interlocked.Decrement(ref working);
                gate.Pause();
                if (step % 5 == 4)
                {
                    gate.Timed(() =>
                    {
                        if (Volatile.Read(ref working) != 0)
                        {
                            Interlocked.Increment(ref overlaps);
                        }

                        Thread.SpinWait(50_000);
                        if (Volatile.Read(ref working) != 0)
                        {
                            Interlocked.Increment(ref overlaps);
                        }

                        return Interlocked.Increment(ref timedRuns);
                    });
                }
            }
        }

        var graders = Enumerable.Range(0, 4).Select(_ => new Thread(Grade) { IsBackground = true }).ToList();
        graders.ForEach(t => t.Start());
        Assert.True(graders.All(t => t.Join(TimeSpan.FromSeconds(60))), "the graders deadlocked");
        Assert.Equal(16, timedRuns);
        Assert.Equal(0, overlaps);
    }
}
