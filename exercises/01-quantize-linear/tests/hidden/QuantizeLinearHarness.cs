using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for QuantizeLinear: fixed examples, edge cases (sizes 1, odd, not a multiple of the
/// vector width; exact .5 ties; saturation including ±∞; per-axis with inner size 1 and > 1) and
/// random shapes from the seed.
/// </summary>
public sealed class QuantizeLinearHarness : IExerciseHarness
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
        var rng = new Random(seed);
        var n = size switch { "large" => 1 << 20, _ => throw new ArgumentException($"unknown size {size}") };
        return Int8("large", Floats(rng, n, 20f), [0.05f], [3], 1, n);
    }

    private static IEnumerable<KernelCase> Examples()
    {
        yield return Int8("int8-per-tensor", [0f, 1f, 2.5f, -2.5f, 3.5f, 1000f, -1000f, 0.26f], [0.5f], [0], 1, 8);
        yield return UInt8("uint8-zero-point-128", [0f, 1f, -1f, 63.5f, 64f, -64f, 200f, -200f], [0.5f], [128], 1, 8);
        yield return UInt8("uint8-per-axis", [1f, 2f, 3f, 4f, 5f, 6f], [1f, 2f, 4f], [0, 10, 20], 3, 2);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        yield return Int8("size-1", [0.5f], [1f], [0], 1, 1);
        yield return UInt8("size-1-uint8", [1.5f], [1f], [0], 1, 1);
        // Exact halves: round half to even, before adding the zero point.
        var ties = Enumerable.Range(-40, 81).Select(i => i + 0.5f).ToArray();
        yield return Int8("ties-to-even", ties, [1f], [0], 1, ties.Length);
        yield return Int8("ties-odd-zero-point", ties, [1f], [7], 1, ties.Length);
        yield return UInt8("ties-uint8", ties.Select(t => t + 100f).ToArray(), [1f], [1], 1, ties.Length);
        float[] extremes = [float.PositiveInfinity, float.NegativeInfinity, 1e30f, -1e30f, 127.5f, -128.5f, 128f, -129f, 255.5f, 256f, -0.5f, -0f];
        yield return Int8("saturation", extremes, [1f], [0], 1, extremes.Length);
        yield return UInt8("saturation-uint8", extremes, [1f], [0], 1, extremes.Length);
        yield return Int8("saturation-with-zero-point", extremes, [0.5f], [-100], 1, extremes.Length);
        var rng = new Random(12345);
        foreach (var n in new[] { 7, 31, 33, 63, 65, 1023 })
        {
            yield return Int8($"size-{n}", Floats(rng, n, 8f), [0.0625f], [-3], 1, n);
            yield return UInt8($"size-{n}-uint8", Floats(rng, n, 8f), [0.0625f], [128], 1, n);
        }

        // Per-axis on the last axis (inner size 1) and in the middle (inner size 5), odd channel counts.
        yield return Int8("per-axis-last", Floats(rng, 4 * 37, 4f), Scales(rng, 37), SBytes(rng, 37), 37, 1);
        yield return UInt8("per-axis-inner-5", Floats(rng, 2 * 9 * 5, 4f), Scales(rng, 9), Bytes(rng, 9), 9, 5);
        yield return UInt8("per-axis-last-64", Floats(rng, 3 * 64, 4f), Scales(rng, 64), Bytes(rng, 64), 64, 1);
        yield return Int8("tiny-scale", Floats(rng, 100, 1f), [1e-3f], [0], 1, 100);
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
            var x = Floats(rng, n, (float)(rng.NextDouble() * 50 + 0.1));
            var count = perAxis ? axis : 1;
            var scales = Scales(rng, count);
            yield return c % 2 == 0
                ? Int8($"random-{c}", x, scales, SBytes(rng, count), perAxis ? axis : 1, perAxis ? inner : n)
                : UInt8($"random-{c}", x, scales, Bytes(rng, count), perAxis ? axis : 1, perAxis ? inner : n);
        }
    }

    private static KernelCase Int8(string name, float[] x, float[] scale, sbyte[] zp, int axisSize, int innerSize) =>
        new(name, "QuantizeInt8", [x, scale, zp, axisSize, innerSize, new sbyte[x.Length]]);

    private static KernelCase UInt8(string name, float[] x, float[] scale, byte[] zp, int axisSize, int innerSize) =>
        new(name, "QuantizeUInt8", [x, scale, zp, axisSize, innerSize, new byte[x.Length]]);

    private static float[] Floats(Random rng, int n, float range) =>
        Enumerable.Range(0, n).Select(_ => (float)((rng.NextDouble() * 2 - 1) * range)).ToArray();

    private static float[] Scales(Random rng, int n) =>
        Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 0.5 + 0.01)).ToArray();

    private static sbyte[] SBytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (sbyte)rng.Next(-20, 21)).ToArray();

    private static byte[] Bytes(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (byte)rng.Next(100, 156)).ToArray();
}
