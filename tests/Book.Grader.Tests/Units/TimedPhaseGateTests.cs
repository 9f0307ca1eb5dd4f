using Book.Grader.Grading;

namespace Book.Grader.Tests.Units;

/// <summary>
/// Batch grading overlaps ordinary work but never two timed phases; no work step of another grade is
/// in progress beside a timed phase's pairs (nor beside a whole phase timed alone), while work goes on
/// beside its warm-up; a timed phase called from inside a work step does not deadlock with another.
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
    public void Work_goes_on_beside_a_warm_up_but_not_beside_the_pairs_and_timed_phases_never_overlap()
    {
        using var gate = new TimedPhaseGate();
        var working = 0;
        var warming = 0;
        var timing = 0;
        var timedOverlaps = 0;
        var workBesideWarmup = 0;
        var workBesidePairs = 0;
        void Grade()
        {
            using var work = gate.Work();
            for (var step = 0; step < 20; step++)
            {
                Interlocked.Increment(ref working);
                if (Volatile.Read(ref warming) != 0)
                {
                    Interlocked.Increment(ref workBesideWarmup);
                }

                Thread.SpinWait(20_000);
                Interlocked.Decrement(ref working);
                gate.Pause();
                if (step % 5 == 4)
                {
                    gate.Timed(alone: false, alone =>
                    {
                        if (Interlocked.Increment(ref timing) != 1)
                        {
                            Interlocked.Increment(ref timedOverlaps);
                        }

                        Interlocked.Increment(ref warming);
                        Thread.Sleep(20);
                        Interlocked.Decrement(ref warming);
                        alone();
                        for (var i = 0; i < 10; i++)
                        {
                            if (Volatile.Read(ref working) != 0)
                            {
                                Interlocked.Increment(ref workBesidePairs);
                            }

                            Thread.SpinWait(5_000);
                        }

                        return Interlocked.Decrement(ref timing);
                    });
                }
            }
        }

        var graders = Enumerable.Range(0, 4).Select(_ => new Thread(Grade) { IsBackground = true }).ToList();
        graders.ForEach(t => t.Start());
        Assert.True(graders.All(t => t.Join(TimeSpan.FromSeconds(60))), "the graders deadlocked");
        Assert.Equal(0, timedOverlaps);
        Assert.Equal(0, workBesidePairs);
        Assert.True(workBesideWarmup > 0, "no work step ran beside a warm-up: the gate kept the whole phase alone");
    }
}
