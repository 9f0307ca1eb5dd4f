using System.Diagnostics;
using System.Runtime;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// Times two calls against each other, BenchmarkDotNet-style in stages: warm-up (until the tiered
/// JIT has promoted both), a pilot that sizes a sample to about <see cref="SampleMs"/> of work,
/// then interleaved rounds — one sample of A, one of B, the order alternating each round — so that
/// drift, frequency changes and neighbours' load hit both sides alike. A round's ratio compares
/// two samples taken a few milliseconds apart; the median of those ratios is what is reported.
/// </summary>
public static class PairedTiming
{
    /// <summary>Target length of one sample: long enough that timer and call overhead vanish, short enough to interleave finely.</summary>
    public const double SampleMs = 4;

    public static PairedResult Measure(Action a, Action b, int rounds)
    {
        WarmUp(a);
        WarmUp(b);
        var callsA = CallsPerSample(a);
        var callsB = CallsPerSample(b);

        var wall = new Samples(rounds);
        var cpu = new Samples(rounds);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var mode = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        try
        {
            for (var r = 0; r < rounds; r++)
            {
                if (r % 2 == 0)
                {
                    (wall.A[r], cpu.A[r]) = Sample(a, callsA);
                    (wall.B[r], cpu.B[r]) = Sample(b, callsB);
                }
                else
                {
                    (wall.B[r], cpu.B[r]) = Sample(b, callsB);
                    (wall.A[r], cpu.A[r]) = Sample(a, callsA);
                }
            }
        }
        finally
        {
            GCSettings.LatencyMode = mode;
        }

        return new PairedResult(wall.Summarise(), cpu.Summarise());
    }

    /// <summary>Wall and CPU milliseconds per call, averaged over one sample of <paramref name="calls"/> calls.</summary>
    private static (double Wall, double Cpu) Sample(Action action, int calls)
    {
        var cpu = CpuClock.NowMs();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (wall / calls, (CpuClock.NowMs() - cpu) / calls);
    }

    private static int CallsPerSample(Action action)
    {
        var pilot = Enumerable.Range(0, 5).Select(_ => Sample(action, 1).Wall).Min();
        return Math.Clamp((int)Math.Ceiling(SampleMs / Math.Max(pilot, 1e-3)), 1, 10_000);
    }

    /// <summary>
    /// Calls until the JIT is quiet: at least 1.5 s and 60 calls, and then until no method has been
    /// compiled anywhere in the process for half a second (capped at 60 s). Code compiled in memory
    /// starts at tier 0, an order of magnitude slower; its promotion to tier 1 waits in one
    /// background queue behind every other hot method, and this process has just run Roslyn, whose
    /// thousands of methods are queued first. On a loaded machine that queue took many seconds to
    /// drain (measured: Softmax stayed at tier 0 for a whole 2-second warm-up), so a fixed warm-up
    /// timed tier-0 code.
    /// </summary>
    public static void WarmUp(Action action)
    {
        var start = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietSince = TimeSpan.Zero;
        for (var calls = 0; ; calls++)
        {
            action();
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = start.Elapsed;
            }

            var warm = start.Elapsed.TotalSeconds >= 1.5 && calls >= 60 && (start.Elapsed - quietSince).TotalSeconds >= 0.5;
            if (warm || start.Elapsed.TotalSeconds >= 60)
            {
                return;
            }
        }
    }

    private sealed class Samples(int rounds)
    {
        public double[] A { get; } = new double[rounds];

        public double[] B { get; } = new double[rounds];

        public TimingStatistics Summarise() =>
            new(Statistic.Of(A), Statistic.Of(B), Statistic.Of(A.Select((a, i) => B[i] / a).ToArray()));
    }
}
