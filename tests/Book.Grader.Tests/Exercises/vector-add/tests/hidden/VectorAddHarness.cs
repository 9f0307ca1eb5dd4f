using Book.Grader.Harness;

namespace Kernels.Tests;

public sealed class VectorAddHarness : IExerciseHarness
{
    public IEnumerable<KernelCase> Cases(string group, int seed)
    {
        var random = new Random(seed);
        switch (group)
        {
            case "examples":
                yield return Add("four", [1, 2, 3, 4], [10, 20, 30, 40]);
                yield return Saturate("small", [1, -2, 3], [4, 5, -6]);
                break;
            case "edge-cases":
                yield return Add("size-1", [1.5f], [2.25f]);
                yield return Add("size-7-odd", Floats(random, 7), Floats(random, 7));
                yield return Add("size-33-not-vector-multiple", Floats(random, 33), Floats(random, 33));
                yield return Add("nan-and-infinity", [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1], [1, 1, float.PositiveInfinity, float.NaN]);
                yield return Saturate("saturates", [127, -128, 100, -100], [1, -1, 100, -100]);
                break;
            case "random":
                for (var k = 0; k < 8; k++)
                {
                    var n = random.Next(1, 5000);
                    yield return Add($"random-{k}-n{n}", Floats(random, n), Floats(random, n));
                }

                var m = random.Next(1, 5000);
                yield return Saturate($"random-saturate-n{m}", SBytes(random, m), SBytes(random, m));
                break;
            default:
                throw new ArgumentException($"unknown group {group}");
        }
    }

    public KernelCase BenchmarkCase(string size, int seed)
    {
        var n = size == "large" ? 1 << 16 : throw new ArgumentException($"unknown size {size}");
        var random = new Random(seed);
        return new KernelCase("large", "Add", [Floats(random, n), Floats(random, n), new float[n]]);
    }

    private static KernelCase Add(string name, float[] a, float[] b) => new(name, "Add", [a, b, new float[a.Length]]);

    private static KernelCase Saturate(string name, sbyte[] a, sbyte[] b) => new(name, "AddSaturate", [a, b, new sbyte[a.Length]]);

    private static float[] Floats(Random random, int n) => Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 200 - 100)).ToArray();

    private static sbyte[] SBytes(Random random, int n) => Enumerable.Range(0, n).Select(_ => (sbyte)random.Next(-128, 128)).ToArray();
}
