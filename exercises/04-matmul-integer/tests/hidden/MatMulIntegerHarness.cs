using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for MatMulInteger: fixed examples, edge cases (1×1×1; m, n, k that are not multiples of
/// the register tile or of 4; per-row and per-column zero points; extreme values) and random shapes.
/// Benchmark: 256×256×256 (the ONNX Runtime comparison in tests/Book.Benchmarks uses 512³), uint8 × int8.
/// </summary>
public sealed class MatMulIntegerHarness : IExerciseHarness
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
        return U8S8($"{n}x{n}x{n}", Bytes(rng, n * n), SBytes(rng, n * n), [128], [0], n, n, n);
    }

    private static IEnumerable<KernelCase> Examples()
    {
        // The ONNX MatMulInteger example: uint8 × uint8, a_zero_point 12.
        yield return U8U8("onnx-example", [11, 7, 3, 10, 6, 1, 9, 5, 2, 8, 4, 0], [1, 4, 2, 5, 3, 6], [12], [0], 4, 3, 2);
        yield return U8S8("small-signed", [1, 2, 3, 4, 5, 6], [-1, 2, -3, 4, -5, 6], [0], [0], 2, 3, 2);
        yield return U8S8("zero-points", [10, 20, 30, 40], [5, -5, 7, -7], [10], [-5], 2, 2, 2);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        var rng = new Random(31337);
        yield return U8S8("1x1x1", [200], [-100], [0], [0], 1, 1, 1);
        yield return U8U8("1x1x1-u8", [255], [255], [0], [0], 1, 1, 1);
        foreach (var (m, k, n) in new[] { (1, 3, 5), (5, 7, 15), (7, 5, 17), (13, 1, 33), (6, 16, 16), (12, 64, 32), (1, 2048, 1), (3, 1023, 9), (64, 63, 65) })
        {
            yield return U8S8($"{m}x{k}x{n}", Bytes(rng, m * k), SBytes(rng, k * n), [(byte)rng.Next(256)], [(sbyte)rng.Next(-128, 128)], m, k, n);
            yield return U8U8($"{m}x{k}x{n}-u8", Bytes(rng, m * k), Bytes(rng, k * n), [(byte)rng.Next(256)], [(byte)rng.Next(256)], m, k, n);
        }

        yield return U8S8("per-row-and-column-zero-points", Bytes(rng, 9 * 20), SBytes(rng, 20 * 11), Bytes(rng, 9), SBytes(rng, 11), 9, 20, 11);
        yield return U8U8("per-row-and-column-zero-points-u8", Bytes(rng, 9 * 20), Bytes(rng, 20 * 11), Bytes(rng, 9), Bytes(rng, 11), 9, 20, 11);
        yield return U8S8("extremes", Enumerable.Repeat((byte)255, 8 * 100).ToArray(), Enumerable.Repeat((sbyte)-128, 100 * 8).ToArray(), [0], [127], 8, 100, 8);
        yield return U8U8("extremes-u8", Enumerable.Repeat((byte)255, 8 * 100).ToArray(), Enumerable.Repeat((byte)255, 100 * 8).ToArray(), [0], [0], 8, 100, 8);
    }

    private static IEnumerable<KernelCase> Random(int seed)
    {
        var rng = new Random(seed);
        for (var c = 0; c < 10; c++)
        {
            int m = rng.Next(1, 80), k = rng.Next(1, 130), n = rng.Next(1, 80);
            var perRow = rng.Next(2) == 0;
            yield return c % 2 == 0
                ? U8S8($"random-{c}", Bytes(rng, m * k), SBytes(rng, k * n), Bytes(rng, perRow ? m : 1), SBytes(rng, perRow ? n : 1), m, k, n)
                : U8U8($"random-{c}", Bytes(rng, m * k), Bytes(rng, k * n), Bytes(rng, perRow ? m : 1), Bytes(rng, perRow ? n : 1), m, k, n);
        }
    }

    private static KernelCase U8S8(string name, byte[] a, sbyte[] b, byte[] za, sbyte[] zb, int m, int k, int n) =>
        new(name, "MatMulU8S8", [a, b, za, zb, m, k, n, new int[m * n]]);

    private static KernelCase U8U8(string name, byte[] a, byte[] b, byte[] za, byte[] zb, int m, int k, int n) =>
        new(name, "MatMulU8U8", [a, b, za, zb, m, k, n, new int[m * n]]);

    private static sbyte[] SBytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (sbyte)rng.Next(-128, 128)).ToArray();

    private static byte[] Bytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (byte)rng.Next(256)).ToArray();
}
