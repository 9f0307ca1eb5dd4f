using System.Globalization;
using System.Runtime.Intrinsics;
using Microsoft.ML.OnnxRuntime;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// <c>kernels [ROUNDS] [--cpu N | --no-pin] [--clock cpu|wall] [--only TEXT]</c>: our reference kernels against ONNX
/// Runtime (CPU, one intra-op thread) on the same arrays in the same run — MatMulInteger and
/// QLinearMatMul 512³, Softmax and LayerNormalization over 256×4096 — interleaved, medians and MADs;
/// then every reference's speed-up over its naive baseline on the exercise's own benchmark input
/// (what the grader's tiers measure), and the tidy scalar calibration solution's, beside the tiers.
/// </summary>
public sealed class KernelBenchmark : IBenchmark
{
    public string Name => "kernels";

    public string Description => "exercise reference kernels vs ONNX Runtime (1 thread) and vs their baselines";

    public int Run(string[] args)
    {
        var rounds = 31;
        var cpu = Environment.ProcessorCount - 1;
        string? only = null;
        var useWall = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--cpu" when i + 1 < args.Length: cpu = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-pin": cpu = -1; break;
                case "--only" when i + 1 < args.Length: only = args[++i]; break;
                case "--clock" when i + 1 < args.Length && args[i + 1] is "cpu" or "wall": useWall = args[++i] == "wall"; break;
                default:
                    if (!int.TryParse(args[i], CultureInfo.InvariantCulture, out rounds) || rounds < 5)
                    {
                        Console.Error.WriteLine("usage: kernels [ROUNDS >= 5] [--cpu N | --no-pin] [--clock cpu|wall] [--only TEXT]");
                        return 2;
                    }

                    break;
            }
        }

        var exercises = Path.Combine(FindRoot(), "exercises");
        var pinning = cpu < 0 ? "not pinned" : CpuPinning.Pin(cpu);
        Console.WriteLine(Invariant($"Kernels vs ONNX Runtime {OrtEnv.Instance().GetVersionString()} (CPU, IntraOpNumThreads=1); {Environment.ProcessorCount} CPUs, {pinning}; Vector256 {Vector256.IsHardwareAccelerated}, Vector512 {Vector512.IsHardwareAccelerated}"));
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine(Invariant($"{rounds} interleaved rounds per kernel (ours, ORT / ORT, ours alternating), each sample ~{PairedTiming.SampleMs} ms of calls; medians ± MAD (% of median)"));
        var clock = useWall || !CpuClock.Available ? "wall" : "cpu";
        var other = clock == "wall" ? "cpu" : "wall";
        Console.WriteLine($"times and throughputs on the {clock} clock (process CPU time excludes time the scheduler gave to other processes); the {other}-clock ratio is shown as a cross-check");
        Console.WriteLine("ours/ORT = ORT time / our time (throughput ratio), median of the per-round ratios ± MAD");
        Console.WriteLine($"{"kernel",-30} {"ours ms",15} {"ORT ms",15} {"ours",13} {"ORT",13} {"ours/ORT",13} {other,13}  goal");
        // Everything is compiled before anything is timed, so Roslyn's own JIT work is over (see PairedTiming.WarmUp).
        var cases = OrtCases.Create(exercises).Where(c => only is null || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        var speedUps = Directory.GetDirectories(exercises)
            .Where(d => File.Exists(Path.Combine(d, "exercise.yml")) && (only is null || Path.GetFileName(d).Contains(only, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .SelectMany(SpeedUpCase.Create)
            .ToList();
        var failures = 0;
        foreach (var c in cases)
        {
            using var ort = c.Ort;
            var paired = PairedTiming.Measure(c.Ours, ort.Run, rounds);
            var (result, cross) = clock == "wall" ? (paired.Wall, paired.Cpu) : (paired.Cpu, paired.Wall);
            var agree = c.Agree();
            failures += agree ? 0 : 1;
            var verdict = double.IsNaN(c.Goal) ? "(reported)" : Invariant($"≥{c.Goal:P0} {(result.Ratio.Median >= c.Goal ? "met" : "MISSED")}");
            Console.WriteLine(Invariant(
                $"{c.Name,-30} {Ms(result.A),15} {Ms(result.B),15} {c.Work / result.A.Median / 1e6,7:F1} {c.Unit,-5} {c.Work / result.B.Median / 1e6,7:F1} {c.Unit,-5} {result.Ratio.Median,5:P0} ±{result.Ratio.Mad,4:P0} {cross.Ratio.Median,5:P0} ±{cross.Ratio.Mad,4:P0}  {verdict}{(agree ? "" : "  OUTPUTS DIFFER")}"));
        }

        Console.WriteLine();
        var speedRounds = Math.Max(5, rounds / 3);
        Console.WriteLine($"Reference speed-up over the naive baseline (exercise benchmark input, {speedRounds} interleaved rounds, {clock} clock; tiers from exercise.yml)");
        Console.WriteLine($"{"exercise",-28} {"size",-10} {"baseline ms",16} {"reference ms",16} {"speed-up",15} {"tidy scalar",15}  tiers");
        foreach (var c in speedUps)
        {
            var paired = PairedTiming.Measure(c.Reference, c.Baseline, speedRounds);
            var result = clock == "wall" ? paired.Wall : paired.Cpu;
            var tidy = "";
            if (c.Tidy is not null)
            {
                var t = PairedTiming.Measure(c.Tidy, c.Baseline, speedRounds);
                var ratio = (clock == "wall" ? t.Wall : t.Cpu).Ratio;
                tidy = Invariant($"{ratio.Median,6:F1}× ± {ratio.Mad,4:F1}");
            }

            Console.WriteLine(Invariant(
                $"{c.Exercise,-28} {c.Size,-10} {Ms(result.B),16} {Ms(result.A),16} {result.Ratio.Median,6:F1}× ± {result.Ratio.Mad,4:F1} {tidy,15}  {c.Tiers}"));
        }

        Console.WriteLine($"load average at end: {LoadAverage()}");
        return failures == 0 ? 0 : 1;
    }

    private static string Ms(Statistic s) => Invariant($"{s.Median,8:F3} ±{s.RelativeMad,4:P0}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (Book.sln not found)");
    }
}
