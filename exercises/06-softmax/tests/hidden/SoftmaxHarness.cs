using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for Softmax: fixed examples, edge cases (axis of size 1; odd sizes; large logits that
/// overflow a naive exp; −∞ entries; rows with NaN, +∞ or only −∞, which ONNX makes NaN; non-last
/// axes with odd inner sizes) and random shapes. Benchmark: 256 rows of 4096 (last axis).
/// </summary>
public sealed class SoftmaxHarness : IExerciseHarness
{
    public IEnumerable<KernelCase> Cases(string group, int seed) => group switch
    {
        "examples" => Examples(),
        "edge-cases" => EdgeCases(),
        "random" => Random(seed),
        _ => throw new ArgumentException($"unknown group {group}"),
    };

    public KernelCase BenchmarkCase(string size, int seed)
    {
        var (rows, cols) = size switch { "rows-4096" => (256, 4096), _ => throw new ArgumentException($"unknown size {size}") };
        return Case("rows-4096", Floats(new Random(seed), rows * cols, 8f), cols, 1);
    }

    private static IEnumerable<KernelCase> Examples()
    {
        yield return Case("onnx-example", [-1f, 0f, 1f], 3, 1);
        yield return Case("two-rows", [1f, 2f, 3f, 4f, 1f, 1f, 1f, 1f], 4, 1);
        yield return Case("axis-0", [1f, 2f, 3f, 4f, 5f, 6f], 2, 3);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        var rng = new Random(99);
        yield return Case("axis-size-1", [5f, -3f, 0f], 1, 1);
        foreach (var n in new[] { 7, 15, 17, 31, 33, 1023 })
        {
            yield return Case($"row-{n}", Floats(rng, 3 * n, 10f), n, 1);
        }

        yield return Case("large-logits", [1000f, 999f, 998f, -1000f, 88f, 89f, 90f, 100f, 1e30f], 9, 1);
        yield return Case("negative-infinity-entries", [float.NegativeInfinity, 0f, 1f, float.NegativeInfinity, 2f, 3f, 4f, 5f, 6f, 7f], 10, 1);
        yield return Case("nan-row", [1f, float.NaN, 2f, 3f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f, 11f, 12f, 13f, 14f], 18, 1);
        yield return Case("positive-infinity-row", [1f, float.PositiveInfinity, 2f, 3f], 4, 1);
        yield return Case("all-negative-infinity-row", Enumerable.Repeat(float.NegativeInfinity, 20).ToArray(), 20, 1);
        yield return Case("middle-axis-inner-3", Floats(rng, 2 * 5 * 3, 5f), 5, 3);
        yield return Case("middle-axis-inner-13", Floats(rng, 3 * 7 * 13, 5f), 7, 13);
        yield return Case("first-axis-inner-64", Floats(rng, 9 * 64, 5f), 9, 64);
        var bad = Floats(rng, 4 * 11, 5f);
        bad[3 * 11 + 2] = float.NaN;
        bad[5] = float.PositiveInfinity;
        yield return Case("middle-axis-with-nan", bad, 4, 11);
    }

    private static IEnumerable<KernelCase> Random(int seed)
    {
        var rng = new Random(seed);
        for (var c = 0; c < 10; c++)
        {
            int outer = rng.Next(1, 6), axis = rng.Next(1, 600), inner = c % 3 == 0 ? rng.Next(2, 40) : 1;
            yield return Case($"random-{c}", Floats(rng, outer * axis * inner, (float)(rng.NextDouble() * 30 + 0.1)), axis, inner);
        }
    }

    private static KernelCase Case(string name, float[] x, int axisSize, int innerSize) =>
        new(name, "Forward", [x, axisSize, innerSize, new float[x.Length]]);

    private static float[] Floats(Random rng, int n, float range) =>
        Enumerable.Range(0, n).Select(_ => (float)((rng.NextDouble() * 2 - 1) * range)).ToArray();
}
