using System.Globalization;
using Book.Core.Diagnostics;
using Book.Grader.Exercises;
using Microsoft.ML.OnnxRuntime;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// <c>kernels</c>: our reference kernels against ONNX Runtime (CPU, one intra-op thread) on the same
/// inputs in the same run — MatMulInteger and QLinearMatMul 512³, Softmax and LayerNormalization
/// over 256×4096 — with interleaved timings and medians; then every reference's speed-up over its
/// naive baseline on the exercise's own benchmark input (what the grader's tiers measure).
/// </summary>
public sealed class KernelBenchmark : IBenchmark
{
    public string Name => "kernels";

    public string Description => "exercise reference kernels vs ONNX Runtime (1 thread) and vs their baselines";

    public int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 21;
        var exercises = Path.Combine(FindRoot(), "exercises");
        Console.WriteLine($"Kernels vs ONNX Runtime {OrtEnv.Instance().GetVersionString()} (CPU, IntraOpNumThreads=1), {rounds} interleaved rounds, medians");
        Console.WriteLine("ours/ORT = ORT time / our time (throughput ratio); 'p10' columns are the 10th percentile, robust when the machine is shared");
        Console.WriteLine($"{"kernel",-34} {"ours ms",9} {"ORT ms",9} {"ours",12} {"ORT",12} {"ours/ORT",9} {"p10 ours",9} {"p10 ORT",9} {"p10 ratio",9}");
        var rng = new Random(1);
        CompareWithOrt(exercises, rng, rounds);
        Console.WriteLine();
        Console.WriteLine($"Reference speed-up over the naive baseline (exercise benchmark input, {Math.Max(3, rounds / 4)} rounds)");
        Console.WriteLine($"{"exercise",-30} {"size",-10} {"baseline ms",12} {"reference ms",13} {"speed-up",9} {"p10 speed-up",13}");
        foreach (var dir in Directory.GetDirectories(exercises).Where(d => File.Exists(Path.Combine(d, "exercise.yml"))).Order(StringComparer.Ordinal))
        {
            SpeedUp(dir, Math.Max(3, rounds / 4));
        }

        return 0;
    }

    private static void CompareWithOrt(string exercises, Random rng, int rounds)
    {
        const int n = 512;
        var a = Bytes(rng, n * n);
        var b = SBytes(rng, n * n);

        var matmul = KernelCode.Load(Path.Combine(exercises, "04-matmul-integer"), "reference");
        var y = new int[n * n];
        var ortY = new int[n * n];
        var model = new OnnxModelWriter("MatMulInteger", 17)
            .Input("A", 2, n, n).Input("B", 3, n, n).Constant("a_zero_point", 2, [128]).Constant("b_zero_point", 3, [0])
            .Output("Y", 6, n, n).ToBytes();
        using (var ort = new OrtRunner(model))
        {
            Compare($"MatMulInteger u8×s8 {n}³", 2.0 * n * n * n, "GOP/s", rounds,
                () => matmul.Call("MatMulU8S8", [a, b, new byte[] { 128 }, new sbyte[] { 0 }, n, n, n, y]),
                () => ort.Run([OrtValue.CreateTensorValueFromMemory(a, [n, n]), OrtValue.CreateTensorValueFromMemory(b, [n, n])], OrtValue.CreateTensorValueFromMemory(ortY, [n, n])),
                () => y.AsSpan().SequenceEqual(ortY));
        }

        var qlinear = KernelCode.Load(Path.Combine(exercises, "05-qlinear-matmul"), "reference");
        var qy = new byte[n * n];
        var ortQy = new byte[n * n];
        model = new OnnxModelWriter("QLinearMatMul", 17)
            .Input("a", 2, n, n).Constant("a_scale", 1, BitConverter.GetBytes(0.02f)).Constant("a_zero_point", 2, [128])
            .Input("b", 3, n, n).Constant("b_scale", 1, BitConverter.GetBytes(0.01f)).Constant("b_zero_point", 3, [0])
            .Constant("y_scale", 1, BitConverter.GetBytes(2.5f)).Constant("y_zero_point", 2, [128])
            .Output("y", 2, n, n).ToBytes();
        using (var ort = new OrtRunner(model))
        {
            Compare($"QLinearMatMul u8×s8→u8 {n}³", 2.0 * n * n * n, "GOP/s", rounds,
                () => qlinear.Call("QLinearMatMulU8S8", [a, new[] { 0.02f }, new byte[] { 128 }, b, new[] { 0.01f }, new sbyte[] { 0 }, new[] { 2.5f }, new byte[] { 128 }, n, n, n, qy]),
                () => ort.Run([OrtValue.CreateTensorValueFromMemory(a, [n, n]), OrtValue.CreateTensorValueFromMemory(b, [n, n])], OrtValue.CreateTensorValueFromMemory(ortQy, [n, n])),
                () => Enumerable.Range(0, qy.Length).Count(i => Math.Abs(qy[i] - ortQy[i]) > 1) == 0);
        }

        const int rows = 256, cols = 4096;
        var x = Enumerable.Range(0, rows * cols).Select(_ => (float)(rng.NextDouble() * 16 - 8)).ToArray();
        var softmax = KernelCode.Load(Path.Combine(exercises, "06-softmax"), "reference");
        var sy = new float[x.Length];
        var ortSy = new float[x.Length];
        model = new OnnxModelWriter("Softmax", 17).Input("x", 1, rows, cols).Attribute("axis", -1L).Output("y", 1, rows, cols).ToBytes();
        using (var ort = new OrtRunner(model))
        {
            Compare($"Softmax {rows}×{cols}", (double)rows * cols, "Gelem/s", rounds,
                () => softmax.Call("Forward", [x, cols, 1, sy]),
                () => ort.Run([OrtValue.CreateTensorValueFromMemory(x, [rows, cols])], OrtValue.CreateTensorValueFromMemory(ortSy, [rows, cols])),
                () => Enumerable.Range(0, sy.Length).All(i => Math.Abs(sy[i] - ortSy[i]) <= 1e-6f + 1e-4f * Math.Abs(ortSy[i])));
        }

        var layer = KernelCode.Load(Path.Combine(exercises, "07-layer-normalization"), "reference");
        var scale = Enumerable.Range(0, cols).Select(_ => (float)(rng.NextDouble() + 0.5)).ToArray();
        var bias = Enumerable.Range(0, cols).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray();
        var ly = new float[x.Length];
        var ortLy = new float[x.Length];
        model = new OnnxModelWriter("LayerNormalization", 17).Input("X", 1, rows, cols).Input("Scale", 1, cols).Input("B", 1, cols)
            .Attribute("axis", -1L).Attribute("epsilon", 1e-5f).Output("Y", 1, rows, cols).ToBytes();
        using (var ort = new OrtRunner(model))
        {
            Compare($"LayerNormalization {rows}×{cols}", (double)rows * cols, "Gelem/s", rounds,
                () => layer.Call("LayerNorm", [x, scale, bias, cols, 1e-5f, ly, new float[rows], new float[rows]]),
                () => ort.Run([OrtValue.CreateTensorValueFromMemory(x, [rows, cols]), OrtValue.CreateTensorValueFromMemory(scale, [cols]), OrtValue.CreateTensorValueFromMemory(bias, [cols])],
                    OrtValue.CreateTensorValueFromMemory(ortLy, [rows, cols])),
                () => Enumerable.Range(0, ly.Length).All(i => Math.Abs(ly[i] - ortLy[i]) <= 1e-4f + 1e-4f * Math.Abs(ortLy[i])));
        }
    }

    private static void Compare(string name, double work, string unit, int rounds, Action ours, Action ort, Func<bool> agree)
    {
        WarmUp(ours);
        WarmUp(ort);

        var oursMs = new List<double>();
        var ortMs = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            // Interleaved, alternating which goes first, so drift and cache state hit both alike.
            if (r % 2 == 0)
            {
                oursMs.Add(Measure.Milliseconds(ours));
                ortMs.Add(Measure.Milliseconds(ort));
            }
            else
            {
                ortMs.Add(Measure.Milliseconds(ort));
                oursMs.Add(Measure.Milliseconds(ours));
            }
        }

        var o = Measure.Median(oursMs);
        var p = Measure.Median(ortMs);
        var o10 = Measure.Percentile(oursMs, 10);
        var p10 = Measure.Percentile(ortMs, 10);
        var same = agree() ? "" : "  OUTPUTS DIFFER";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {o,9:F3} {p,9:F3} {work / o / 1e6,7:F1} {unit,-4} {work / p / 1e6,7:F1} {unit,-4} {p / o,8:P0} {o10,9:F3} {p10,9:F3} {p10 / o10,8:P0}{same}"));
    }

    private static void SpeedUp(string dir, int rounds)
    {
        var diagnostics = new DiagnosticBag();
        var exercise = LoadExercise.Load(dir, diagnostics);
        if (exercise is null)
        {
            Console.WriteLine($"{Path.GetFileName(dir),-30} not loadable: {diagnostics.Items.FirstOrDefault()}");
            return;
        }

        var reference = KernelCode.Load(dir, "reference");
        var baseline = KernelCode.Load(dir, "baseline");
        var spec = exercise.Manifest.Benchmark!;
        foreach (var size in spec.Sizes)
        {
            var kernelCase = exercise.Trusted.Harness.BenchmarkCase(size, 1);
            var args = kernelCase.Arguments;
            WarmUp(() => baseline.Call(kernelCase.Method, args));
            WarmUp(() => reference.Call(kernelCase.Method, args));

            var baseMs = new List<double>();
            var refMs = new List<double>();
            var ratios = new List<double>();
            for (var r = 0; r < rounds; r++)
            {
                var b = Measure.Milliseconds(() => baseline.Call(kernelCase.Method, args));
                var f = Measure.Median(Enumerable.Range(0, 5).Select(_ => Measure.Milliseconds(() => reference.Call(kernelCase.Method, args))).ToList());
                baseMs.Add(b);
                refMs.Add(f);
                ratios.Add(b / f);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{exercise.Name,-30} {size,-10} {Measure.Median(baseMs),12:F3} {Measure.Median(refMs),13:F3} {Measure.Median(ratios),8:F1}× {Measure.Percentile(baseMs, 10) / Measure.Percentile(refMs, 10),12:F1}×"));
        }
    }

    /// <summary>
    /// Calls until the tiered JIT has had time to promote the kernel's methods (at least 2 s and 60
    /// calls, or 10 s for slow kernels): code compiled in memory starts at tier 0, which is an order of magnitude slower.
    /// </summary>
    private static void WarmUp(Action action)
    {
        var start = System.Diagnostics.Stopwatch.StartNew();
        for (var calls = 0; start.Elapsed.TotalSeconds < 2 || (calls < 60 && start.Elapsed.TotalSeconds < 10); calls++)
        {
            action();
        }
    }

    private static byte[] Bytes(Random rng, int n)
    {
        var result = new byte[n];
        rng.NextBytes(result);
        return result;
    }

    private static sbyte[] SBytes(Random rng, int n) => Bytes(rng, n).Select(v => unchecked((sbyte)v)).ToArray();

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
