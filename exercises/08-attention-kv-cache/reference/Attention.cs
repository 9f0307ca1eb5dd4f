using System.Buffers;
using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// Reference attention step with a KV cache. The present caches are two block copies per
/// (batch, kv head): past rows then new rows, both contiguous. Scores are vector dot products over
/// the head dimension (two FMA accumulators); softmax uses a vectorised exp; the weighted sum of
/// values keeps a 32-float slice of the output in four registers while it streams the value rows,
/// so each value row is read once per query row. Grouped-query heads share their kv head's cache.
/// Causal masking is ONNX's upper-left alignment: query i sees keys 0..i of the present cache.
/// </summary>
public static class Attention
{
    public static void Attend(float[] q, float[] k, float[] v, float[] pastKey, float[] pastValue, float[] mask,
        int batch, int qHeads, int kvHeads, int qLen, int kvLen, int pastLen, int headSize, int vHeadSize,
        float scale, float softcap, bool causal, float[] y, float[] presentKey, float[] presentValue)
    {
        var total = pastLen + kvLen;
        for (var bh = 0; bh < batch * kvHeads; bh++)
        {
            Array.Copy(pastKey, bh * pastLen * headSize, presentKey, bh * total * headSize, pastLen * headSize);
            Array.Copy(k, bh * kvLen * headSize, presentKey, (bh * total + pastLen) * headSize, kvLen * headSize);
            Array.Copy(pastValue, bh * pastLen * vHeadSize, presentValue, bh * total * vHeadSize, pastLen * vHeadSize);
            Array.Copy(v, bh * kvLen * vHeadSize, presentValue, (bh * total + pastLen) * vHeadSize, kvLen * vHeadSize);
        }

        if (total == 0)
        {
            return;
        }

        var scores = ArrayPool<float>.Shared.Rent(total);
        var group = qHeads / kvHeads;
        for (var b = 0; b < batch; b++)
        {
            for (var h = 0; h < qHeads; h++)
            {
                var keyBase = (b * kvHeads + h / group) * total;
                for (var i = 0; i < qLen; i++)
                {
                    var row = (b * qHeads + h) * qLen + i;
                    var maskBase = mask.Length == qLen * total ? i * total : row * total;
                    Scores(q, row * headSize, presentKey, keyBase * headSize, headSize, total, scale, softcap, mask, maskBase, causal ? i : -1, scores);
                    Normalise(scores, total);
                    Weighted(scores, total, presentValue, keyBase * vHeadSize, vHeadSize, y, row * vHeadSize);
                }
            }
        }

        ArrayPool<float>.Shared.Return(scores);
    }

    private static void Scores(float[] q, int qAt, float[] keys, int kAt, int d, int total, float scale, float softcap,
        float[] mask, int maskAt, int causalRow, float[] scores)
    {
        for (var t = 0; t < total; t++)
        {
            var s = Dot(q, qAt, keys, kAt + t * d, d) * scale;
            if (softcap > 0)
            {
                s = softcap * MathF.Tanh(s / softcap);
            }

            if (mask.Length > 0)
            {
                s += mask[maskAt + t];
            }

            // ONNX is_causal: upper-left aligned, so query i attends to keys 0..i.
            if (causalRow >= 0 && t > causalRow)
            {
                s = float.NegativeInfinity;
            }

            scores[t] = s;
        }
    }

    private static float Dot(float[] a, int aAt, float[] b, int bAt, int d)
    {
        var i = 0;
        var sum = 0f;
        if (d >= 16)
        {
            ref var pa = ref a[aAt];
            ref var pb = ref b[bAt];
            var s0 = Vector256<float>.Zero;
            var s1 = Vector256<float>.Zero;
            for (; i + 16 <= d; i += 16)
            {
                s0 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref pa, (nuint)i), Vector256.LoadUnsafe(ref pb, (nuint)i), s0);
                s1 = Vector256.MultiplyAddEstimate(Vector256.LoadUnsafe(ref pa, (nuint)(i + 8)), Vector256.LoadUnsafe(ref pb, (nuint)(i + 8)), s1);
            }

            sum = Vector256.Sum(s0 + s1);
        }

        for (; i < d; i++)
        {
            sum += a[aAt + i] * b[bAt + i];
        }

        return sum;
    }

    /// <summary>In-place softmax of the scores. A row with no finite maximum is NaN, as in ONNX.</summary>
    private static void Normalise(float[] s, int n)
    {
        var max = float.NegativeInfinity;
        var nan = false;
        for (var t = 0; t < n; t++)
        {
            nan |= float.IsNaN(s[t]);
            max = Math.Max(max, s[t]);
        }

        if (nan || !float.IsFinite(max))
        {
            Array.Fill(s, float.NaN, 0, n);
            return;
        }

        var vmax = Vector256.Create(max);
        var acc = Vector256<float>.Zero;
        var i = 0;
        ref var p = ref s[0];
        for (; i + 8 <= n; i += 8)
        {
            var e = VectorMath.Exp(Vector256.LoadUnsafe(ref p, (nuint)i) - vmax);
            e.StoreUnsafe(ref p, (nuint)i);
            acc += e;
        }

        var sum = Vector256.Sum(acc);
        for (; i < n; i++)
        {
            s[i] = MathF.Exp(s[i] - max);
            sum += s[i];
        }

        var inv = 1f / sum;
        for (i = 0; i < n; i++)
        {
            s[i] *= inv;
        }
    }

    private static void Weighted(float[] p, int total, float[] values, int vAt, int dv, float[] y, int yAt)
    {
        var c = 0;
        ref var vals = ref values[0];
        for (; c + 32 <= dv; c += 32)
        {
            Vector256<float> a0 = default, a1 = default, a2 = default, a3 = default;
            for (var t = 0; t < total; t++)
            {
                var w = Vector256.Create(p[t]);
                var at = (nuint)(vAt + t * dv + c);
                a0 = Vector256.MultiplyAddEstimate(w, Vector256.LoadUnsafe(ref vals, at), a0);
                a1 = Vector256.MultiplyAddEstimate(w, Vector256.LoadUnsafe(ref vals, at + 8), a1);
                a2 = Vector256.MultiplyAddEstimate(w, Vector256.LoadUnsafe(ref vals, at + 16), a2);
                a3 = Vector256.MultiplyAddEstimate(w, Vector256.LoadUnsafe(ref vals, at + 24), a3);
            }

            ref var dst = ref y[yAt + c];
            a0.StoreUnsafe(ref dst, 0);
            a1.StoreUnsafe(ref dst, 8);
            a2.StoreUnsafe(ref dst, 16);
            a3.StoreUnsafe(ref dst, 24);
        }

        for (; c < dv; c++)
        {
            var acc = 0f;
            for (var t = 0; t < total; t++)
            {
                acc += p[t] * values[vAt + t * dv + c];
            }

            y[yAt + c] = acc;
        }
    }
}
