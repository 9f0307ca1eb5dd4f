using Book.Grader.Grading;

namespace Book.Grader.Tests.Units;

/// <summary>
/// Batch grading overlaps ordinary work but never two timed phases; a timed phase that must be alone
/// has no work step of another grade in progress beside it, while one that need not be lets work go on;
/// a timed phase called from inside a work step does not deadlock with another doing the same.
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

    [Fact]
    public void Timed_phases_never_overlap_each_other_while_work_goes_on_beside_a_one_core_phase()
    {
        using var gate = new TimedPhaseGate();
        var working = 0;
        var timing = 0;
        var timedOverlaps = 0;
        var workBesideTimed = 0;
        void Grade()
        {
            using var work = gate.Work();
            for (var step = 0; step < 20; step++)
            {
                Interlocked.Increment(ref working);
                if (Volatile.Read(ref timing) != 0)
                {
                    Interlocked.Increment(ref workBesideTimed);
                }

                Thread.SpinWait(20_000);
                Interlocked.Decrement(ref working);
                gate.Pause();
                if (step % 5 == 4)
                {
                    gate.Timed(alone: false, () =>
                    {
                        if (Interlocked.Increment(ref timing) != 1)
                        {
                            Interlocked.Increment(ref timedOverlaps);
                        }

                        Thread.Sleep(20);
                        return Interlocked.Decrement(ref timing);
                    });
                }
            }
        }

        var graders = Enumerable.Range(0, 4).Select(_ => new Thread(Grade) { IsBackground = true }).ToList();
        graders.ForEach(t => t.Start());
        Assert.True(graders.All(t => t.Join(TimeSpan.FromSeconds(60))), "the graders deadlocked");
        Assert.Equal(0, timedOverlaps);
        Assert.True(workBesideTimed > 0, "no work step ran beside a one-core timed phase: the gate kept it alone");
    }
}
