using System.Diagnostics;
using System.Runtime;

namespace Book.Grader.Runner.Execution;

/// <summary>
/// Times the submission against the baseline: warm-up until the JIT has been quiet for a whole round
/// (no method compiled and the tiering worker idle: tier-1 code installed; the runner is started to
/// tier up after <see cref="TierUpCalls"/> calls)
/// and per-call times have stopped falling, a pilot that sizes each sample to a few milliseconds, then interleaved pairs whose
/// order alternates so neither side always runs on a warmer cache. Before every call the inputs are
/// restored from a pristine copy and the outputs cleared (outside the timed region), so a kernel can
/// neither leave a marker in its input nor skip work because last call's output is still there.
/// Each call's time is its wall time minus what the thread spent waiting, runnable, for a CPU
/// (<see cref="RunQueueClock"/>): being descheduled behind other processes, the main noise on a
/// loaded machine, is not counted; a parallel kernel waiting for its workers still is.
/// Both sides' arrays are cache-line aligned (<see cref="ArrayPlacement"/>).
/// No GC.Collect between pairs: measured here, a forced collection made the next calls of a streaming
/// kernel up to 3.5x slower (its arrays' pages and TLB entries go cold), far more noise than it removes.
/// </summary>
public sealed class BenchmarkLoop(KernelTarget submission, KernelTarget baseline)
{
    /// <summary>
    /// Calls at tier 0 before a method is queued for tier 1: the runner is started with
    /// DOTNET_TC_CallCountThreshold set to this (the runtime's default is 30), so kernels reach their
    /// final code after a few calls instead of 30 (a 20 ms baseline spent 0.6 s getting there).
    /// Without tiered PGO, tier-1 code does not depend on how many tier-0 calls came before.
    /// </summary>
    public const int TierUpCalls = 2;

    private const int WarmupRound = 4;
    private const double JitQuietMs = 30;
    private const int MinPairs = 10;
    private const int MaxPairs = 2000;
    private const int MaxChecks = 4;

    /// <summary>Places the request's inputs, then times (what the grader does in two steps, in one).</summary>
    public BenchmarkMeasurement Run(BenchmarkRequest request) =>
        Run(BenchmarkInputs.Place(request.Method, request.Arguments, request.OutputIndices), request.MinMs, request.MaxMs, request.CheckSeed);

    /// <summary>
    /// Times prepared inputs within the budget (milliseconds, warm-up included). <paramref name="warmedUp"/>
    /// is called between the warm-up and the timed pairs: the grader then gives the pairs the machine
    /// alone (<c>TimedPhaseGate</c>); the time it takes is no part of the budget.
    /// </summary>
    public BenchmarkMeasurement Run(BenchmarkInputs inputs, double minMs, double maxMs, int checkSeed, Action? warmedUp = null)
    {
        var start = Stopwatch.GetTimestamp();
        var outputs = new HashSet<int>(inputs.OutputIndices);
        var subArgs = inputs.Submission;
        var baseArgs = inputs.Baseline;
        var checks = new List<object[]>();
        var random = new Random(checkSeed);
        var timedTotal = 0.0;
        using var queue = RunQueueClock.ForCurrentThread();
        var overhead = queue.Available ? BracketOverhead(queue) : 0;

        // One call: restore the inputs, then time only the kernel.
        double Call(KernelTarget target, object[] args)
        {
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] is Array array)
                {
                    if (outputs.Contains(i))
                    {
                        Array.Clear(array);
                    }
                    else
                    {
                        Array.Copy((Array)inputs.Pristine[i], array, array.Length);
                    }
                }
            }

            var t0 = Stopwatch.GetTimestamp();
            var waited = queue.Read().Waited;
            target.Invoke(inputs.Method, args);
            waited = queue.Read().Waited - waited;
            var wall = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            timedTotal += wall;
            return Math.Max(wall - waited - overhead, 1e-6);
        }

        double Measure(KernelTarget target, object[] args, int calls)
        {
            var total = 0.0;
            for (var i = 0; i < calls; i++)
            {
                total += Call(target, args);
            }

            return total / calls;
        }

        double Elapsed() => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        // This loop's own bookkeeping is called a few times first, so its tier-1 compiles happen now
        // and are not taken for the kernels' JIT activity below.
        var dummy = new double[WarmupRound];
        for (var i = 0; i <= TierUpCalls; i++)
        {
            _ = Faster(Median(dummy), RoundMs(dummy, dummy));
            _ = Elapsed() + JitInfo.GetCompiledMethodCount();
            _ = TieringWorker.Busy();
        }

        // Warm-up: the first submission call's outputs are checked too (a kernel wrong on first call
        // and right later, or the reverse, is caught either way).
        Call(submission, subArgs);
        checks.Add(Capture(subArgs, inputs.OutputIndices));
        Call(baseline, baseArgs);
        var warmupCalls = 1;
        var minWarmupCalls = CallCountThreshold() + 2 * WarmupRound;
        double previousSub = double.MaxValue, previousBase = double.MaxValue;
        var sub = new double[WarmupRound];
        var bas = new double[WarmupRound];
        var jitCount = JitInfo.GetCompiledMethodCount();
        var jitChangedMs = Elapsed();
        while (true)
        {
            for (var i = 0; i < WarmupRound; i++)
            {
                sub[i] = Call(submission, subArgs);
                bas[i] = Call(baseline, baseArgs);
            }

            warmupCalls += WarmupRound;
            var medSub = Median(sub);
            var medBase = Median(bas);
            var compiled = JitInfo.GetCompiledMethodCount();
            if (compiled != jitCount || TieringWorker.Busy())
            {
                (jitCount, jitChangedMs) = (compiled, Elapsed());
            }

            var quiet = Elapsed() - jitChangedMs >= JitQuietMs && Elapsed() - jitChangedMs >= RoundMs(sub, bas);
            var settled = warmupCalls >= minWarmupCalls && quiet && !Faster(medSub, previousSub) && !Faster(medBase, previousBase);
            if (settled || Elapsed() > maxMs * 0.4)
            {
                break;
            }

            previousSub = medSub;
            previousBase = medBase;
        }

        var warmupMs = Elapsed();
        warmedUp?.Invoke();
        var held = Elapsed() - warmupMs;
        double Spent() => Elapsed() - held;

        // Pilot: each sample lasts about targetMs so the timer's resolution and call overhead vanish.
        var targetMs = Math.Clamp(minMs / 200, 0.5, 20);
        var kSub = CallsPerSample(targetMs, Median(sub));
        var kBase = CallsPerSample(targetMs, Median(bas));

        var subSamples = new List<double>();
        var baseSamples = new List<double>();
        var pairMs = kSub * Median(sub) + kBase * Median(bas);
        var expectedPairs = Math.Max(MinPairs, (minMs - Spent()) / Math.Max(pairMs, 1e-3));
        var checkProbability = Math.Min(1, (MaxChecks - 1) / expectedPairs);
        while (true)
        {
            var pair = subSamples.Count;
            double s, b;
            if (pair % 2 == 0)
            {
                s = Measure(submission, subArgs, kSub);
                b = Measure(baseline, baseArgs, kBase);
            }
            else
            {
                b = Measure(baseline, baseArgs, kBase);
                s = Measure(submission, subArgs, kSub);
            }

            subSamples.Add(s);
            baseSamples.Add(b);
            if (checks.Count < MaxChecks && (pair == 0 || random.NextDouble() < checkProbability))
            {
                checks.Add(Capture(subArgs, inputs.OutputIndices));
            }

            var elapsed = Spent();
            if (elapsed >= maxMs || subSamples.Count >= MaxPairs)
            {
                break;
            }

            if (elapsed >= minMs && subSamples.Count >= MinPairs && Settled(subSamples, baseSamples))
            {
                break;
            }
        }

        return new BenchmarkMeasurement([.. subSamples], [.. baseSamples], warmupCalls, timedTotal, checks,
            queue.Available ? "wall-minus-runqueue" : "wall", warmupMs, Spent() - warmupMs);
    }

    // What the clock reads cost inside the bracket, subtracted from every call (both sides alike),
    // so it does not flatten the ratio of very short kernels.
    private static double BracketOverhead(RunQueueClock queue)
    {
        var times = new double[64];
        for (var i = 0; i < times.Length; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var waited = queue.Read().Waited;
            waited = queue.Read().Waited - waited;
            times[i] = Math.Max(0, Stopwatch.GetElapsedTime(t0).TotalMilliseconds - waited);
        }

        return Median(times);
    }

    private static int CallsPerSample(double targetMs, double perCallMs) =>
        (int)Math.Clamp(Math.Ceiling(targetMs / Math.Max(perCallMs, 1e-4)), 1, 100_000);

    // The median ratio is known to about 1% when the ratios' median absolute deviation, divided by
    // the square root of the count, is below half a percent of the median. A noisy run does not
    // settle, so it goes on up to the maximum budget.
    private static bool Settled(List<double> sub, List<double> bas)
    {
        var ratios = new double[sub.Count];
        for (var i = 0; i < ratios.Length; i++)
        {
            ratios[i] = bas[i] / Math.Max(sub[i], 1e-9);
        }

        var median = Median(ratios);
        var deviations = ratios.Select(r => Math.Abs(r - median)).ToArray();
        return Median(deviations) / Math.Sqrt(ratios.Length) <= 0.005 * median;
    }

    // The JIT's setting in this process: TierUpCalls when the grader started it, the runtime's
    // default (30) otherwise (in-process tests), so the warm-up never ends before tier 1 was due.
    private static int CallCountThreshold() =>
        int.TryParse(Environment.GetEnvironmentVariable("DOTNET_TC_CallCountThreshold"), out var calls) && calls > 0 ? calls : 30;

    private static double RoundMs(double[] sub, double[] bas) => sub.Sum() + bas.Sum();

    // Per-call times have stopped falling when a round is not clearly faster than the one before
    // (slower is noise, not warm-up).
    private static bool Faster(double now, double before) => now < 0.95 * before;

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static object[] Capture(object[] args, int[] outputIndices) =>
        outputIndices.Select(i => ((Array)args[i]).Clone()).ToArray();
}
