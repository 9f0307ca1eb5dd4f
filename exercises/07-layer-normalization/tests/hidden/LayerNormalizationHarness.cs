using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for LayerNorm and RmsNorm: fixed examples, edge cases (normalised size 1 and odd sizes;
/// constant rows where the variance is 0 and epsilon decides; a large mean next to a small spread,
/// which breaks E[x²] − E[x]²) and random shapes. Benchmark: LayerNorm over 256 rows of 4096.
/// </summary>
public sealed class LayerNormalizationHarness : IExerciseHarness
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
        var rng = new Random(seed);
        return Layer("rows-4096", Floats(rng, rows * cols, 0f, 3f), Floats(rng, cols, 1f, 0.2f), Floats(rng, cols, 0f, 0.2f), cols, 1e-5f);
    }

    private static IEnumerable<KernelCase> Examples()
    {
        yield return Layer("two-rows", [1f, 2f, 3f, 4f, -1f, 0f, 1f, 6f], [1f, 1f, 1f, 1f], [0f, 0f, 0f, 0f], 4, 1e-5f);
        yield return Layer("scale-and-bias", [0f, 10f, 20f], [2f, 2f, 2f], [1f, 1f, 1f], 3, 1e-5f);
        yield return Rms("rms-two-rows", [3f, 4f, 1f, 1f], [1f, 1f], 2, 1e-5f);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        var rng = new Random(161);
        yield return Layer("norm-size-1", [5f, -2f, 7f], [1.5f], [0.5f], 1, 1e-5f);
        yield return Rms("rms-norm-size-1", [5f, -2f, 0f], [1.5f], 1, 1e-5f);
        yield return Layer("constant-rows", Enumerable.Repeat(3f, 40).ToArray(), Floats(rng, 20, 1f, 0.1f), Floats(rng, 20, 0f, 0.1f), 20, 0.1f);
        yield return Rms("rms-zero-rows", new float[40], Floats(rng, 20, 1f, 0.1f), 20, 1e-5f);
        yield return Layer("large-mean-small-spread", Floats(rng, 2 * 300, 100f, 1f), Floats(rng, 300, 1f, 0.1f), Floats(rng, 300, 0f, 0.1f), 300, 1e-5f);
        foreach (var n in new[] { 7, 15, 17, 31, 33, 1023 })
        {
            yield return Layer($"size-{n}", Floats(rng, 3 * n, 1f, 2f), Floats(rng, n, 1f, 0.3f), Floats(rng, n, 0f, 0.3f), n, 1e-5f);
            yield return Rms($"rms-size-{n}", Floats(rng, 3 * n, 1f, 2f), Floats(rng, n, 1f, 0.3f), n, 1e-5f);
        }
    }

    private static IEnumerable<KernelCase> Random(int seed)
    {
        var rng = new Random(seed);
        for (var c = 0; c < 12; c++)
        {
            int rows = rng.Next(1, 9), n = rng.Next(1, 900);
            var eps = c % 3 == 0 ? 0.1f : 1e-5f;
            yield return c % 2 == 0
                ? Layer($"random-{c}", Floats(rng, rows * n, (float)rng.NextDouble() * 4, 3f), Floats(rng, n, 1f, 0.5f), Floats(rng, n, 0f, 0.5f), n, eps)
                : Rms($"random-{c}", Floats(rng, rows * n, (float)rng.NextDouble() * 4, 3f), Floats(rng, n, 1f, 0.5f), n, eps);
        }
    }

    private static KernelCase Layer(string name, float[] x, float[] scale, float[] bias, int normSize, float epsilon) =>
        new(name, "LayerNorm", [x, scale, bias, normSize, epsilon, new float[x.Length], new float[x.Length / normSize], new float[x.Length / normSize]]);

    private static KernelCase Rms(string name, float[] x, float[] scale, int normSize, float epsilon) =>
        new(name, "RmsNorm", [x, scale, normSize, epsilon, new float[x.Length]]);

    private static float[] Floats(Random rng, int n, float centre, float spread) =>
        Enumerable.Range(0, n).Select(_ => (float)(centre + (rng.NextDouble() * 2 - 1) * spread)).ToArray();
}
