using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// Reference Softmax over one axis of a tensor viewed as [outer, axisSize, inner].
/// Last axis (inner = 1): three streaming passes over each row (max; exp and sum; scale), each
/// with independent vector accumulators. Other axes: the same passes run down the axis with the
/// inner dimension across the vector lanes, so every load is contiguous.
/// A row whose maximum is not finite (a NaN, +∞, or all −∞) is NaN throughout, as in ONNX
/// (exp(x − max) is NaN there).
/// </summary>
public static class Softmax
{
    public static void Forward(float[] x, int axisSize, int innerSize, float[] y)
    {
        if (x.Length == 0)
        {
            return;
        }

        var outer = x.Length / (axisSize * innerSize);
        for (var o = 0; o < outer; o++)
        {
            var start = o * axisSize * innerSize;
            if (innerSize == 1)
            {
                Row(x, start, axisSize, y);
            }
            else
            {
                Strided(x, start, axisSize, innerSize, y);
            }
        }
    }

    private static void Row(float[] x, int start, int count, float[] y)
    {
        var end = start + count;
        var i = start;
        var max = float.NegativeInfinity;
        var nan = false;
        ref var src = ref x[0];
        ref var dst = ref y[0];
        if (count >= 16)
        {
            var m0 = Vector256.Create(float.NegativeInfinity);
            var m1 = m0;
            var bad = Vector256<float>.Zero;
            for (; i + 16 <= end; i += 16)
            {
                var v0 = Vector256.LoadUnsafe(ref src, (nuint)i);
                var v1 = Vector256.LoadUnsafe(ref src, (nuint)(i + 8));
                m0 = Vector256.Max(m0, v0);
                m1 = Vector256.Max(m1, v1);
                bad |= VectorMath.IsNaN(v0) | VectorMath.IsNaN(v1);
            }

            max = Vector256.Max(m0, m1) is var m ? HorizontalMax(m) : max;
            nan = bad != Vector256<float>.Zero;
        }

        for (; i < end; i++)
        {
            nan |= float.IsNaN(x[i]);
            max = Math.Max(max, x[i]);
        }

        if (nan || !float.IsFinite(max))
        {
            Array.Fill(y, float.NaN, start, count);
            return;
        }

        var vmax = Vector256.Create(max);
        var s0 = Vector256<float>.Zero;
        var s1 = Vector256<float>.Zero;
        i = start;
        for (; i + 16 <= end; i += 16)
        {
            var e0 = VectorMath.Exp(Vector256.LoadUnsafe(ref src, (nuint)i) - vmax);
            var e1 = VectorMath.Exp(Vector256.LoadUnsafe(ref src, (nuint)(i + 8)) - vmax);
            e0.StoreUnsafe(ref dst, (nuint)i);
            e1.StoreUnsafe(ref dst, (nuint)(i + 8));
            s0 += e0;
            s1 += e1;
        }

        var sum = Vector256.Sum(s0 + s1);
        for (; i < end; i++)
        {
            var e = MathF.Exp(x[i] - max);
            y[i] = e;
            sum += e;
        }

        var inv = 1f / sum;
        var vinv = Vector256.Create(inv);
        i = start;
        for (; i + 8 <= end; i += 8)
        {
            (Vector256.LoadUnsafe(ref dst, (nuint)i) * vinv).StoreUnsafe(ref dst, (nuint)i);
        }

        for (; i < end; i++)
        {
            y[i] *= inv;
        }
    }

    private static float HorizontalMax(Vector256<float> v)
    {
        var m = float.NegativeInfinity;
        for (var l = 0; l < Vector256<float>.Count; l++)
        {
            m = Math.Max(m, v.GetElement(l));
        }

        return m;
    }

    /// <summary>Softmax down a non-last axis: 8 inner positions per vector, stride innerSize between steps.</summary>
    private static void Strided(float[] x, int start, int axisSize, int inner, float[] y)
    {
        ref var src = ref x[0];
        ref var dst = ref y[0];
        var j = 0;
        for (; j + 8 <= inner; j += 8)
        {
            var max = Vector256.Create(float.NegativeInfinity);
            var bad = Vector256<float>.Zero;
            for (var a = 0; a < axisSize; a++)
            {
                var v = Vector256.LoadUnsafe(ref src, (nuint)(start + a * inner + j));
                max = Vector256.Max(max, v);
                bad |= VectorMath.IsNaN(v);
            }

            var sum = Vector256<float>.Zero;
            for (var a = 0; a < axisSize; a++)
            {
                var at = (nuint)(start + a * inner + j);
                var e = VectorMath.Exp(Vector256.LoadUnsafe(ref src, at) - max);
                e.StoreUnsafe(ref dst, at);
                sum += e;
            }

            var inv = Vector256<float>.One / sum;
            for (var a = 0; a < axisSize; a++)
            {
                var at = (nuint)(start + a * inner + j);
                (Vector256.LoadUnsafe(ref dst, at) * inv).StoreUnsafe(ref dst, at);
            }

            for (var l = 0; l < 8; l++)
            {
                if (bad.GetElement(l) != 0 || !float.IsFinite(max.GetElement(l)))
                {
                    ColumnNaN(start, axisSize, inner, j + l, y);
                }
            }
        }

        for (; j < inner; j++)
        {
            Column(x, start, axisSize, inner, j, y);
        }
    }

    private static void Column(float[] x, int start, int axisSize, int inner, int j, float[] y)
    {
        var max = float.NegativeInfinity;
        var nan = false;
        for (var a = 0; a < axisSize; a++)
        {
            var v = x[start + a * inner + j];
            nan |= float.IsNaN(v);
            max = Math.Max(max, v);
        }

        if (nan || !float.IsFinite(max))
        {
            ColumnNaN(start, axisSize, inner, j, y);
            return;
        }

        var sum = 0f;
        for (var a = 0; a < axisSize; a++)
        {
            var e = MathF.Exp(x[start + a * inner + j] - max);
            y[start + a * inner + j] = e;
            sum += e;
        }

        var invSum = 1f / sum;
        for (var a = 0; a < axisSize; a++)
        {
            y[start + a * inner + j] *= invSum;
        }
    }

    private static void ColumnNaN(int start, int axisSize, int inner, int j, float[] y)
    {
        for (var a = 0; a < axisSize; a++)
        {
            y[start + a * inner + j] = float.NaN;
        }
    }
}
