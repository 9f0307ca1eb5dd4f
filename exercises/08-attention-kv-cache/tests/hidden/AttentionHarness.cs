using Book.Grader.Harness;

namespace Kernels.Hidden;

/// <summary>
/// Inputs for the attention step: fixed examples, edge cases (empty past; one key; grouped-query and
/// multi-query heads; value head size ≠ key head size; masks 2-D and full, with −∞; causal prefill;
/// softcap; head sizes off the vector width) and random shapes. Benchmark: one decode step, 32 query
/// heads over 8 kv heads of 128, 2047 cached positions.
/// </summary>
public sealed class AttentionHarness : IExerciseHarness
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
        if (size != "decode-2k")
        {
            throw new ArgumentException($"unknown size {size}");
        }

        return Make("decode-2k", new Random(seed), batch: 1, qHeads: 32, kvHeads: 8, qLen: 1, kvLen: 1, pastLen: 2047, d: 128, dv: 128);
    }

    private static IEnumerable<KernelCase> Examples()
    {
        var rng = new Random(1);
        yield return Make("decode-one-head", rng, 1, 1, 1, 1, 1, 3, 4, 4);
        yield return Make("decode-two-heads", rng, 1, 2, 2, 1, 1, 5, 8, 8);
        yield return Make("prefill-causal", rng, 1, 2, 2, 3, 3, 0, 4, 4, causal: true);
    }

    private static IEnumerable<KernelCase> EdgeCases()
    {
        var rng = new Random(2);
        yield return Make("one-key", rng, 1, 1, 1, 1, 1, 0, 1, 1);
        yield return Make("empty-past", rng, 2, 4, 4, 1, 1, 0, 16, 16);
        yield return Make("gqa", rng, 2, 8, 2, 1, 1, 33, 32, 32);
        yield return Make("mqa", rng, 1, 6, 1, 1, 1, 40, 24, 24);
        yield return Make("value-head-size-differs", rng, 1, 3, 3, 2, 2, 10, 8, 10);
        yield return Make("odd-head-size", rng, 1, 2, 1, 1, 1, 17, 13, 37);
        yield return Make("mask-2d", rng, 1, 2, 2, 2, 1, 9, 16, 16, mask: 2);
        yield return Make("mask-full", rng, 2, 2, 1, 1, 1, 12, 16, 16, mask: 4);
        yield return Make("causal-with-past", rng, 1, 2, 2, 4, 4, 3, 8, 8, causal: true);
        yield return Make("softcap", rng, 1, 2, 2, 1, 1, 20, 16, 16, softcap: 2f);
        yield return Make("long-cache", rng, 1, 2, 1, 1, 1, 1000, 64, 64);
    }

    private static IEnumerable<KernelCase> Random(int seed)
    {
        var rng = new Random(seed);
        for (var c = 0; c < 8; c++)
        {
            var kvHeads = rng.Next(1, 4);
            var group = rng.Next(1, 4);
            var qLen = c % 3 == 0 ? rng.Next(2, 5) : 1;
            yield return Make($"random-{c}", rng, rng.Next(1, 3), kvHeads * group, kvHeads, qLen, qLen, rng.Next(0, 200), rng.Next(1, 70), rng.Next(1, 70),
                causal: c % 4 == 0, mask: c % 3 == 1 ? 2 : 0);
        }
    }

    private static KernelCase Make(string name, Random rng, int batch, int qHeads, int kvHeads, int qLen, int kvLen, int pastLen, int d, int dv,
        bool causal = false, int mask = 0, float softcap = 0f)
    {
        var total = pastLen + kvLen;
        var maskValues = mask switch
        {
            2 => Mask(rng, qLen * total),
            4 => Mask(rng, batch * qHeads * qLen * total),
            _ => [],
        };
        return new KernelCase(name, "Attend",
        [
            Floats(rng, batch * qHeads * qLen * d), Floats(rng, batch * kvHeads * kvLen * d), Floats(rng, batch * kvHeads * kvLen * dv),
            Floats(rng, batch * kvHeads * pastLen * d), Floats(rng, batch * kvHeads * pastLen * dv), maskValues,
            batch, qHeads, kvHeads, qLen, kvLen, pastLen, d, dv, 1f / MathF.Sqrt(d), softcap, causal,
            new float[batch * qHeads * qLen * dv], new float[batch * kvHeads * total * d], new float[batch * kvHeads * total * dv],
        ]);
    }

    // An additive mask with some −∞ (never a whole row, so no output is NaN) and some finite biases.
    private static float[] Mask(Random rng, int n) =>
        Enumerable.Range(0, n).Select(i => i % 7 == 3 ? float.NegativeInfinity : (float)(rng.NextDouble() - 0.5)).ToArray();

    private static float[] Floats(Random rng, int n) => Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
}
