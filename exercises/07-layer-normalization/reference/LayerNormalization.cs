using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// Reference LayerNormalization and RMSNormalization over rows of <c>normSize</c> elements.
/// LayerNorm makes two reading passes (mean, then the centred sum of squares, which stays accurate
/// when the mean is large compared with the spread, unlike E[x²] − E[x]²) and one writing pass that
/// folds the normalisation into one fused multiply-add per element:
/// <c>y = x·(inv·scale) + (bias − mean·inv·scale)</c> would need a per-row temporary, so it is
/// written as <c>(x − mean)·inv·scale + bias</c> with the row constants broadcast.
/// Every reduction uses two independent vector accumulators.
/// </summary>
public static class LayerNormalization
{
    public static void LayerNorm(float[] x, float[] scale, float[] bias, int normSize, float epsilon, float[] y, float[] mean, float[] invStdDev)
    {
        var rows = normSize == 0 ? 0 : x.Length / normSize;
        for (var r = 0; r < rows; r++)
        {
            var start = r * normSize;
            var mu = Sum(x, start, normSize) / normSize;
            var variance = CentredSquares(x, start, normSize, mu) / normSize;
            var inv = 1f / MathF.Sqrt(variance + epsilon);
            mean[r] = mu;
            invStdDev[r] = inv;

            var i = 0;
            ref var src = ref x[0];
            ref var dst = ref y[0];
            if (normSize >= 8)
            {
                var vmu = Vector256.Create(mu);
                var vinv = Vector256.Create(inv);
                ref var sc = ref scale[0];
                ref var bi = ref bias[0];
                for (; i + 8 <= normSize; i += 8)
                {
                    var d = (Vector256.LoadUnsafe(ref src, (nuint)(start + i)) - vmu) * vinv;
                    Vector256.MultiplyAddEstimate(d, Vector256.LoadUnsafe(ref sc, (nuint)i), Vector256.LoadUnsafe(ref bi, (nuint)i))
                        .StoreUnsafe(ref dst, (nuint)(start + i));
                }
            }

            for (; i < normSize; i++)
            {
                y[start + i] = (x[start + i] - mu) * inv * scale[i] + bias[i];
            }
        }
    }

    public static void RmsNorm(float[] x, float[] scale, int normSize, float epsilon, float[] y)
    {
        var rows = normSize == 0 ? 0 : x.Length / normSize;
        for (var r = 0; r < rows; r++)
        {
            var start = r * normSize;
            var inv = 1f / MathF.Sqrt(CentredSquares(x, start, normSize, 0f) / normSize + epsilon);
            var i = 0;
            ref var src = ref x[0];
            ref var dst = ref y[0];
            if (normSize >= 8)
            {
                var vinv = Vector256.Create(inv);
                ref var sc = ref scale[0];
                for (; i + 8 <= normSize; i += 8)
                {
                    (Vector256.LoadUnsafe(ref src, (nuint)(start + i)) * vinv * Vector256.LoadUnsafe(ref sc, (nuint)i)).StoreUnsafe(ref dst, (nuint)(start + i));
                }
            }

            for (; i < normSize; i++)
            {
                y[start + i] = x[start + i] * inv * scale[i];
            }
        }
    }

    private static float Sum(float[] x, int start, int count)
    {
        var i = 0;
        var total = 0f;
        if (count >= 16)
        {
            ref var src = ref x[start];
            var s0 = Vector256<float>.Zero;
            var s1 = Vector256<float>.Zero;
            for (; i + 16 <= count; i += 16)
            {
                s0 += Vector256.LoadUnsafe(ref src, (nuint)i);
                s1 += Vector256.LoadUnsafe(ref src, (nuint)(i + 8));
            }

            total = Vector256.Sum(s0 + s1);
        }

        for (; i < count; i++)
        {
            total += x[start + i];
        }

        return total;
    }

    /// <summary>Σ(x − c)² over the row (c = mean for LayerNorm, 0 for RMSNorm).</summary>
    private static float CentredSquares(float[] x, int start, int count, float c)
    {
        var i = 0;
        var total = 0f;
        if (count >= 16)
        {
            ref var src = ref x[start];
            var vc = Vector256.Create(c);
            var s0 = Vector256<float>.Zero;
            var s1 = Vector256<float>.Zero;
            for (; i + 16 <= count; i += 16)
            {
                var d0 = Vector256.LoadUnsafe(ref src, (nuint)i) - vc;
                var d1 = Vector256.LoadUnsafe(ref src, (nuint)(i + 8)) - vc;
                s0 = Vector256.MultiplyAddEstimate(d0, d0, s0);
                s1 = Vector256.MultiplyAddEstimate(d1, d1, s1);
            }

            total = Vector256.Sum(s0 + s1);
        }

        for (; i < count; i++)
        {
            var d = x[start + i] - c;
            total += d * d;
        }

        return total;
    }
}
