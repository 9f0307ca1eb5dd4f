using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for DequantizeLinear: fixed examples, edge cases (sizes 1, odd, not a multiple of 32; the
/// extremes of each type; per-axis with inner size 1 and > 1; large int32 values) and random shapes.
/// </summary>
public sealed class DequantizeLinearHarness : IExerciseHarness
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
        return Int8("large", SBytes(new Random(seed), n), [0.05f], [3], 1, n);
    }

    private static IEnumerable<KernelCase> Examples()
    {
        yield return UInt8("uint8-zero-point-128", [0, 3, 128, 255], [2f], [128], 1, 4);
        yield return Int8("int8-per-tensor", [-128, -1, 0, 1, 127], [0.5f], [0], 1, 5);
        yield return Int32("int32-bias", [-1000, 0, 1000, 123456], [0.001f], [0], 1, 4);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        yield return Int8("size-1", [-7], [0.25f], [-7], 1, 1);
        yield return UInt8("extremes-uint8", [0, 255, 0, 255], [1f], [255], 1, 4);
        yield return Int8("extremes-int8", [-128, 127, -128, 127], [1f], [127], 1, 4);
        yield return Int32("extremes-int32", [int.MaxValue, int.MinValue + 1, 16777217, -16777217], [1f], [0], 1, 4);
        var rng = new Random(4242);
        foreach (var n in new[] { 7, 31, 33, 63, 65, 1023 })
        {
            yield return Int8($"size-{n}", SBytes(rng, n), [0.0625f], [-3], 1, n);
            yield return UInt8($"size-{n}-uint8", Bytes(rng, n), [0.1f], [128], 1, n);
            yield return Int32($"size-{n}-int32", Ints(rng, n), [1e-4f], [0], 1, n);
        }

        yield return Int8("per-axis-last", SBytes(rng, 5 * 37), Scales(rng, 37), SBytes(rng, 37), 37, 1);
        yield return UInt8("per-axis-inner-40", Bytes(rng, 2 * 3 * 40), Scales(rng, 3), Bytes(rng, 3), 3, 40);
        yield return Int32("per-axis-int32", Ints(rng, 4 * 6 * 3), Scales(rng, 6), new int[6], 6, 3);
    }

    private static IEnumerable<KernelCase> Random(int seed)
    {
        var rng = new Random(seed);
        for (var c = 0; c < 12; c++)
        {
            var outer = rng.Next(1, 5);
            var axis = rng.Next(1, 17);
            var inner = rng.Next(1, 300);
            var perAxis = rng.Next(2) == 0;
            var n = outer * axis * inner;
            var count = perAxis ? axis : 1;
            var (a, i) = perAxis ? (axis, inner) : (1, n);
            yield return (c % 3) switch
            {
                0 => Int8($"random-{c}", SBytes(rng, n), Scales(rng, count), SBytes(rng, count), a, i),
                1 => UInt8($"random-{c}", Bytes(rng, n), Scales(rng, count), Bytes(rng, count), a, i),
                _ => Int32($"random-{c}", Ints(rng, n), Scales(rng, count), new int[count], a, i),
            };
        }
    }

    private static KernelCase Int8(string name, sbyte[] x, float[] scale, sbyte[] zp, int axisSize, int innerSize) =>
        new(name, "DequantizeInt8", [x, scale, zp, axisSize, innerSize, new float[x.Length]]);

    private static KernelCase UInt8(string name, byte[] x, float[] scale, byte[] zp, int axisSize, int innerSize) =>
        new(name, "DequantizeUInt8", [x, scale, zp, axisSize, innerSize, new float[x.Length]]);

    private static KernelCase Int32(string name, int[] x, float[] scale, int[] zp, int axisSize, int innerSize) =>
        new(name, "DequantizeInt32", [x, scale, zp, axisSize, innerSize, new float[x.Length]]);

    private static float[] Scales(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 0.5 + 0.01)).ToArray();

    private static sbyte[] SBytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (sbyte)rng.Next(-128, 128)).ToArray();

    private static byte[] Bytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (byte)rng.Next(256)).ToArray();

    private static int[] Ints(Random rng, int n) => Enumerable.Range(0, n).Select(_ => rng.Next(-1_000_000, 1_000_000)).ToArray();
}
