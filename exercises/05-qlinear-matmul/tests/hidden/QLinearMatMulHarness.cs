using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for QLinearMatMul: fixed examples, edge cases (1×1×1; sizes off the tile; per-row and
/// per-column scales; outputs that saturate at both ends) and random shapes. Benchmark 256³ u8×s8→u8.
/// </summary>
public sealed class QLinearMatMulHarness : IExerciseHarness
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
        var n = size switch { "256" => 256, _ => throw new ArgumentException($"unknown size {size}") };
        var rng = new Random(seed);
        return U8S8($"{n}x{n}x{n}", Bytes(rng, n * n), [0.02f], [128], SBytes(rng, n * n), [0.01f], [0], [2.5f], [128], n, n, n);
    }

    private static IEnumerable<KernelCase> Examples()
    {
        // The ONNX int8 example (2×4 · 4×3).
        yield return S8S8("onnx-int8-example", [81, 109, -127, 111, -124, 87, -128, -98], [0.0066f], [-14],
            [25, -76, 117, -67, -101, -128, -127, 0, 119, 0, 127, 120], [0.00705f], [-13], [0.0107f], [-9], 2, 4, 3);
        yield return U8S8("small-uint8", [208, 236, 0, 238, 3, 214, 255, 29], [0.0066f], [113],
            [-104, -25, 117, -67, -101, -128, -127, 0, 119, 0, 127, 120], [0.00705f], [-14], [0.0107f], [118], 2, 4, 3);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        var rng = new Random(2718);
        yield return U8S8("1x1x1", [200], [0.1f], [0], [-100], [0.1f], [0], [0.5f], [128], 1, 1, 1);
        foreach (var (m, k, n) in new[] { (1, 3, 5), (5, 7, 15), (7, 5, 17), (13, 1, 33), (6, 16, 16), (3, 1023, 9), (64, 63, 65) })
        {
            yield return U8S8($"{m}x{k}x{n}", Bytes(rng, m * k), [0.02f], [(byte)rng.Next(256)], SBytes(rng, k * n), [0.01f], [(sbyte)rng.Next(-20, 20)], [0.05f * MathF.Sqrt(k)], [128], m, k, n);
            yield return S8S8($"{m}x{k}x{n}-s8", SBytes(rng, m * k), [0.02f], [(sbyte)rng.Next(-20, 20)], SBytes(rng, k * n), [0.01f], [(sbyte)rng.Next(-20, 20)], [0.05f * MathF.Sqrt(k)], [0], m, k, n);
        }

        yield return U8S8("per-row-and-column-scales", Bytes(rng, 9 * 20), Scales(rng, 9), Bytes(rng, 9), SBytes(rng, 20 * 11), Scales(rng, 11), SBytes(rng, 11), [0.5f], [100], 9, 20, 11);
        yield return U8S8("saturates-high", Enumerable.Repeat((byte)255, 4 * 50).ToArray(), [0.1f], [0], Enumerable.Repeat((sbyte)127, 50 * 4).ToArray(), [0.1f], [0], [0.01f], [0], 4, 50, 4);
        yield return S8S8("saturates-both", SBytes(rng, 8 * 64), [0.5f], [0], SBytes(rng, 64 * 8), [0.5f], [0], [0.01f], [0], 8, 64, 8);
    }

    private static IEnumerable<KernelCase> Random(int seed)
    {
        var rng = new Random(seed);
        for (var c = 0; c < 10; c++)
        {
            int m = rng.Next(1, 80), k = rng.Next(1, 130), n = rng.Next(1, 80);
            float[] yScale = [(float)(0.002 * Math.Sqrt(k) * (0.5 + rng.NextDouble()))];
            yield return c % 2 == 0
                ? U8S8($"random-{c}", Bytes(rng, m * k), [0.02f], [(byte)rng.Next(256)], SBytes(rng, k * n), [0.01f], [(sbyte)rng.Next(-10, 10)], yScale, [(byte)rng.Next(256)], m, k, n)
                : S8S8($"random-{c}", SBytes(rng, m * k), [0.02f], [(sbyte)rng.Next(-10, 10)], SBytes(rng, k * n), [0.01f], [(sbyte)rng.Next(-10, 10)], yScale, [(sbyte)rng.Next(-128, 128)], m, k, n);
        }
    }

    private static KernelCase U8S8(string name, byte[] a, float[] sa, byte[] za, sbyte[] b, float[] sb, sbyte[] zb, float[] sy, byte[] zy, int m, int k, int n) =>
        new(name, "QLinearMatMulU8S8", [a, sa, za, b, sb, zb, sy, zy, m, k, n, new byte[m * n]]);

    private static KernelCase S8S8(string name, sbyte[] a, float[] sa, sbyte[] za, sbyte[] b, float[] sb, sbyte[] zb, float[] sy, sbyte[] zy, int m, int k, int n) =>
        new(name, "QLinearMatMulS8S8", [a, sa, za, b, sb, zb, sy, zy, m, k, n, new sbyte[m * n]]);

    private static float[] Scales(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 0.05 + 0.001)).ToArray();

    private static sbyte[] SBytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (sbyte)rng.Next(-128, 128)).ToArray();

    private static byte[] Bytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (byte)rng.Next(256)).ToArray();
}
