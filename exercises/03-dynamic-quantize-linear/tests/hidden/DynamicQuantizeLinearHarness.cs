using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for DynamicQuantizeLinear: fixed examples, edge cases (size 1, all zeros, all positive,
/// all negative, odd sizes, ties) and random data from the seed.
/// </summary>
public sealed class DynamicQuantizeLinearHarness : IExerciseHarness
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
        var n = size switch { "large" => 1 << 20, _ => throw new ArgumentException($"unknown size {size}") };
        return Case("large", Floats(new Random(seed), n, -3f, 5f));
    }

    private static IEnumerable<KernelCase> Examples()
    {
        yield return Case("mixed-signs", [0f, 2f, -3f, -2.5f, 1.34f, 0.5f]);
        yield return Case("min-adjusted", [-1f, -2.1f, -1.3f, -2.5f, -3.34f, -4f]);
        yield return Case("max-adjusted", [1f, 2.1f, 1.3f, 2.5f, 3.34f, 4f, 1.5f, 2.6f, 3.9f, 4f, 3f, 2.345f]);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        yield return Case("size-1", [3f]);
        yield return Case("size-1-negative", [-3f]);
        yield return Case("all-zeros", new float[40]);
        yield return Case("constant", Enumerable.Repeat(2.5f, 33).ToArray());
        yield return Case("range-255", Enumerable.Range(0, 256).Select(i => i - 127.5f).ToArray());
        var rng = new Random(777);
        foreach (var n in new[] { 7, 31, 33, 63, 65, 1023 })
        {
            yield return Case($"size-{n}", Floats(rng, n, -1f, 3f));
        }

        yield return Case("tiny-values", Floats(rng, 100, -1e-6f, 1e-6f));
        yield return Case("huge-values", Floats(rng, 100, -1e30f, 1e30f));
    }

    private static IEnumerable<KernelCase> Random(int seed)
    {
        var rng = new Random(seed);
        for (var c = 0; c < 10; c++)
        {
            var lo = (float)(rng.NextDouble() * -10);
            var hi = (float)(rng.NextDouble() * 10);
            yield return Case($"random-{c}", Floats(rng, rng.Next(1, 5000), lo, hi));
        }
    }

    private static KernelCase Case(string name, float[] x) =>
        new(name, "DynamicQuantize", [x, new byte[x.Length], new float[1], new byte[1]]);

    private static float[] Floats(Random rng, int n, float lo, float hi) =>
        Enumerable.Range(0, n).Select(_ => (float)(lo + rng.NextDouble() * (hi - lo))).ToArray();
}
