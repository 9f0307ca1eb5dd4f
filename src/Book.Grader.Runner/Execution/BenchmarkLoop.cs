using System.Diagnostics;

namespace Book.Grader.Runner.Execution;

/// <summary>
/// Times the submission against the baseline: warm-up until per-call times settle (the JIT has
/// tiered up), a pilot that sizes each sample to a few milliseconds, then interleaved pairs whose
/// order alternates so neither side always runs on a warmer cache. Before every call the inputs are
/// restored from a pristine copy and the outputs cleared (outside the timed region), so a kernel can
/// neither leave a marker in its input nor skip work because last call's output is still there.
/// </summary>
public sealed class BenchmarkLoop(KernelTarget submission, KernelTarget baseline)
{
    private const int WarmupRound = 8;
    private const int MaxPairs = 2000;
    private const int MaxChecks = 4;

    public BenchmarkMeasurement Run(BenchmarkRequest request)
    {
        var start = Stopwatch.GetTimestamp();
        var outputs = new HashSet<int>(request.OutputIndices);
        var subArgs = Clone(request.Arguments);
        var baseArgs = Clone(request.Arguments);
        var checks = new List<object[]>();
        var random = new Random(request.CheckSeed);
        var timedTotal = 0.0;

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
                        Array.Copy((Array)request.Arguments[i], array, array.Length);
                    }
                }
            }

            var t0 = Stopwatch.GetTimestamp();
            target.Invoke(request.Method, args);
            var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            timedTotal += ms;
            return ms;
        }

        double Elapsed() => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        // Warm-up: the first submission call's outputs are checked too (a kernel wrong on first call
        // and right later, or the reverse, is caught either way).
        Call(submission, subArgs);
        checks.Add(Capture(subArgs, request.OutputIndices));
        Call(baseline, baseArgs);
        var warmupCalls = 1;
        double previousSub = double.MaxValue, previousBase = double.MaxValue;
        var sub = new double[WarmupRound];
        var bas = new double[WarmupRound];
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
            var settled = warmupCalls >= 48 && Near(medSub, previousSub) && Near(medBase, previousBase);
            if (settled || Elapsed() > request.MaxMs * 0.4)
            {
                break;
            }

            previousSub = medSub;
            previousBase = medBase;
        }

        // Pilot: each sample lasts about targetMs so the timer's resolution and call overhead vanish.
        var targetMs = Math.Clamp(request.MinMs / 200, 0.5, 20);
        var kSub = CallsPerSample(targetMs, Median(sub));
        var kBase = CallsPerSample(targetMs, Median(bas));

        var subTimes = new List<double>();
        var baseTimes = new List<double>();
        var pairMs = kSub * Median(sub) + kBase * Median(bas);
        var expectedPairs = Math.Max(10, (request.MinMs - Elapsed()) / Math.Max(pairMs, 1e-3));
        var checkProbability = Math.Min(1, (MaxChecks - 1) / expectedPairs);
        while (true)
        {
            var pair = subTimes.Count;
            double s, b;
            if (pair % 2 == 0)
            {
                s = Sample(submission, subArgs, kSub, Call);
                b = Sample(baseline, baseArgs, kBase, Call);
            }
            else
            {
                b = Sample(baseline, baseArgs, kBase, Call);
                s = Sample(submission, subArgs, kSub, Call);
            }

            subTimes.Add(s);
            baseTimes.Add(b);
            if (checks.Count < MaxChecks && (pair == 0 || random.NextDouble() < checkProbability))
            {
                checks.Add(Capture(subArgs, request.OutputIndices));
            }

            var elapsed = Elapsed();
            if (elapsed >= request.MaxMs || subTimes.Count >= MaxPairs)
            {
                break;
            }

            if (elapsed >= request.MinMs && subTimes.Count >= 10 && Settled(subTimes, baseTimes))
            {
                break;
            }
        }

        return new BenchmarkMeasurement([.. subTimes], [.. baseTimes], warmupCalls, timedTotal, checks);
    }

    private static double Sample(KernelTarget target, object[] args, int calls, Func<KernelTarget, object[], double> call)
    {
        var total = 0.0;
        for (var i = 0; i < calls; i++)
        {
            total += call(target, args);
        }

        return total / calls;
    }

    private static int CallsPerSample(double targetMs, double perCallMs) =>
        (int)Math.Clamp(Math.Ceiling(targetMs / Math.Max(perCallMs, 1e-4)), 1, 100_000);

    // The median ratio is known to about 1% when the ratios' median absolute deviation, divided by
    // the square root of the count, is below half a percent of the median.
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

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 0.05 * Math.Max(a, b);

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static object[] Clone(object[] arguments) =>
        arguments.Select(a => a is Array array ? array.Clone() : a).ToArray();

    private static object[] Capture(object[] args, int[] outputIndices) =>
        outputIndices.Select(i => ((Array)args[i]).Clone()).ToArray();
}
