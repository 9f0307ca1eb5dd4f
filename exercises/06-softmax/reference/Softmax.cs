using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// Reference Softmax over one axis of a tensor viewed as [outer, axisSize, inner].
/// Last axis (inner = 1): three passes over each row, which stays in L1 between them — max (with
/// NaN detection), exp and sum (stores e^(x − max)), scale by 1/sum — each with independent vector
/// accumulators, in 16-lane vectors where those are hardware-accelerated (AVX-512: twice the work
/// per instruction, which is what ONNX Runtime's kernel uses) and 8-lane vectors otherwise. One pass
/// fewer ("online softmax", rescaling a running sum when the max grows) would need two exps per
/// element or a second write pass anyway; with the row in L1 the extra read is cheap.
/// Other axes: the same passes run down the axis with the inner dimension across the vector
/// lanes, so every load is contiguous.
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
        var max = Vector512.IsHardwareAccelerated ? Max512(x, start, count) : Max256(x, start, count);
        if (!float.IsFinite(max))
        {
            // A NaN, +∞ (∞ − ∞ is NaN) or a row of −∞ (every x − max is NaN): NaN throughout, as ONNX.
            Array.Fill(y, float.NaN, start, count);
            return;
        }

        var sum = Vector512.IsHardwareAccelerated ? ExpSum512(x, start, count, max, y) : ExpSum256(x, start, count, max, y);
        Scale(y, start, count, 1f / sum);
    }

    /// <summary>
    /// The row's maximum, or NaN if it holds a NaN. Four independent accumulators with the plain
    /// hardware max (one instruction; Vector256.Max's IEEE NaN and signed-zero rules cost three),
    /// NaN tracked by its own unordered compare.
    /// </summary>
    private static float Max256(float[] x, int start, int count)
    {
        ref var src = ref x[start];
        var i = 0;
        var max = float.NegativeInfinity;
        if (count >= 32)
        {
            var m0 = Vector256.Create(float.NegativeInfinity);
            var m1 = m0;
            var m2 = m0;
            var m3 = m0;
            var nan = Vector256<float>.Zero;
            for (; i + 32 <= count; i += 32)
            {
                var v0 = Vector256.LoadUnsafe(ref src, (nuint)i);
                var v1 = Vector256.LoadUnsafe(ref src, (nuint)(i + 8));
                var v2 = Vector256.LoadUnsafe(ref src, (nuint)(i + 16));
                var v3 = Vector256.LoadUnsafe(ref src, (nuint)(i + 24));
                m0 = Vector256.MaxNative(m0, v0);
                m1 = Vector256.MaxNative(m1, v1);
                m2 = Vector256.MaxNative(m2, v2);
                m3 = Vector256.MaxNative(m3, v3);
                nan |= Vector256.IsNaN(v0) | Vector256.IsNaN(v1) | Vector256.IsNaN(v2) | Vector256.IsNaN(v3);
            }

            if (nan != Vector256<float>.Zero)
            {
                return float.NaN;
            }

            var m = Vector256.MaxNative(Vector256.MaxNative(m0, m1), Vector256.MaxNative(m2, m3));
            for (var l = 0; l < Vector256<float>.Count; l++)
            {
                max = MathF.Max(max, m.GetElement(l));
            }
        }

        for (; i < count; i++)
        {
            max = MathF.Max(max, x[start + i]);
        }

        return max;
    }

    /// <summary>Stores e^(x − max) and returns their sum; two vectors per step, two accumulators.</summary>
    private static float ExpSum256(float[] x, int start, int count, float max, float[] y)
    {
        ref var src = ref x[start];
        ref var dst = ref y[start];
        var vmax = Vector256.Create(max);
        var s0 = Vector256<float>.Zero;
        var s1 = Vector256<float>.Zero;
        var i = 0;
        for (; i + 16 <= count; i += 16)
        {
            var e0 = VectorMath.Exp(Vector256.LoadUnsafe(ref src, (nuint)i) - vmax);
            var e1 = VectorMath.Exp(Vector256.LoadUnsafe(ref src, (nuint)(i + 8)) - vmax);
            e0.StoreUnsafe(ref dst, (nuint)i);
            e1.StoreUnsafe(ref dst, (nuint)(i + 8));
            s0 += e0;
            s1 += e1;
        }

        var sum = Vector256.Sum(s0 + s1);
        for (; i < count; i++)
        {
            y[start + i] = MathF.Exp(x[start + i] - max);
            sum += y[start + i];
        }

        return sum;
    }

    /// <summary><see cref="Max256"/> with 16-lane vectors, where they are hardware-accelerated.</summary>
    private static float Max512(float[] x, int start, int count)
    {
        ref var src = ref x[start];
        var i = 0;
        var max = float.NegativeInfinity;
        if (count >= 64)
        {
            var m0 = Vector512.Create(float.NegativeInfinity);
            var m1 = m0;
            var m2 = m0;
            var m3 = m0;
            var nan = Vector512<float>.Zero;
            for (; i + 64 <= count; i += 64)
            {
                var v0 = Vector512.LoadUnsafe(ref src, (nuint)i);
                var v1 = Vector512.LoadUnsafe(ref src, (nuint)(i + 16));
                var v2 = Vector512.LoadUnsafe(ref src, (nuint)(i + 32));
                var v3 = Vector512.LoadUnsafe(ref src, (nuint)(i + 48));
                m0 = Vector512.MaxNative(m0, v0);
                m1 = Vector512.MaxNative(m1, v1);
                m2 = Vector512.MaxNative(m2, v2);
                m3 = Vector512.MaxNative(m3, v3);
                nan |= Vector512.IsNaN(v0) | Vector512.IsNaN(v1) | Vector512.IsNaN(v2) | Vector512.IsNaN(v3);
            }

            if (nan != Vector512<float>.Zero)
            {
                return float.NaN;
            }

            var m = Vector512.MaxNative(Vector512.MaxNative(m0, m1), Vector512.MaxNative(m2, m3));
            for (var l = 0; l < Vector512<float>.Count; l++)
            {
                max = MathF.Max(max, m.GetElement(l));
            }
        }

        for (; i < count; i++)
        {
            max = MathF.Max(max, x[start + i]);
        }

        return max;
    }

    /// <summary><see cref="ExpSum256"/> with 16-lane vectors.</summary>
    private static float ExpSum512(float[] x, int start, int count, float max, float[] y)
    {
        ref var src = ref x[start];
        ref var dst = ref y[start];
        var vmax = Vector512.Create(max);
        var s0 = Vector512<float>.Zero;
        var s1 = Vector512<float>.Zero;
        var i = 0;
        for (; i + 32 <= count; i += 32)
        {
            var e0 = VectorMath.Exp(Vector512.LoadUnsafe(ref src, (nuint)i) - vmax);
            var e1 = VectorMath.Exp(Vector512.LoadUnsafe(ref src, (nuint)(i + 16)) - vmax);
            e0.StoreUnsafe(ref dst, (nuint)i);
            e1.StoreUnsafe(ref dst, (nuint)(i + 16));
            s0 += e0;
            s1 += e1;
        }

        var sum = Vector512.Sum(s0 + s1);
        if (i + 16 <= count)
        {
            var e = VectorMath.Exp(Vector512.LoadUnsafe(ref src, (nuint)i) - vmax);
            e.StoreUnsafe(ref dst, (nuint)i);
            sum += Vector512.Sum(e);
            i += 16;
        }

        for (; i < count; i++)
        {
            y[start + i] = MathF.Exp(x[start + i] - max);
            sum += y[start + i];
        }

        return sum;
    }

    private static void Scale(float[] y, int start, int count, float factor)
    {
        ref var dst = ref y[start];
        var v = Vector256.Create(factor);
        var i = 0;
        for (; i + 8 <= count; i += 8)
        {
            (Vector256.LoadUnsafe(ref dst, (nuint)i) * v).StoreUnsafe(ref dst, (nuint)i);
        }

        for (; i < count; i++)
        {
            y[start + i] *= factor;
        }
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
                bad |= Vector256.IsNaN(v);
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
