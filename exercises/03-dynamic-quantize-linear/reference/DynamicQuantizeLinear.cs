using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// Reference DynamicQuantizeLinear: two passes over x. The first finds min and max with four
/// independent vector accumulators each (so the loop is not serialised on one register); the
/// second quantizes 32 elements per iteration with a true division (bit-exact with ONNX), rounding
/// half to even, and a narrowing store.
/// </summary>
public static class DynamicQuantizeLinear
{
    public static void DynamicQuantize(float[] x, byte[] y, float[] yScale, byte[] yZeroPoint)
    {
        var (min, max) = MinMax(x);
        min = Math.Min(0f, min);
        max = Math.Max(0f, max);

        // ONNX: y_scale = (max − min) / (qmax − qmin), with the range widened to include 0;
        // a range of zero uses 1 so the division below stays finite.
        var scale = (max == min ? 1f : max - min) / 255f;
        var zeroPoint = MathF.Round(Math.Clamp(0f - min / scale, 0f, 255f));
        yScale[0] = scale;
        yZeroPoint[0] = (byte)zeroPoint;

        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vs = Vector256.Create(scale);
            var vz = Vector256.Create(zeroPoint);
            var lo = Vector256<float>.Zero;
            var hi = Vector256.Create(255f);
            ref var src = ref x.Length > 0 ? ref x[0] : ref yScale[0];
            for (; i + 32 <= x.Length; i += 32)
            {
                var q0 = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(Vector256.LoadUnsafe(ref src, (nuint)i) / vs) + vz, lo), hi));
                var q1 = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(Vector256.LoadUnsafe(ref src, (nuint)(i + 8)) / vs) + vz, lo), hi));
                var q2 = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(Vector256.LoadUnsafe(ref src, (nuint)(i + 16)) / vs) + vz, lo), hi));
                var q3 = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(Vector256.LoadUnsafe(ref src, (nuint)(i + 24)) / vs) + vz, lo), hi));
                // In range [0, 255]: the int16 narrow is exact, the unsigned byte narrow too.
                Vector256.Narrow(Vector256.Narrow(q0, q1).AsUInt16(), Vector256.Narrow(q2, q3).AsUInt16()).StoreUnsafe(ref y[0], (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] = (byte)Math.Clamp(MathF.Round(x[i] / scale) + zeroPoint, 0f, 255f);
        }
    }

    private static (float Min, float Max) MinMax(float[] x)
    {
        var i = 0;
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        if (Vector256.IsHardwareAccelerated && x.Length >= 32)
        {
            ref var src = ref x[0];
            var mn0 = Vector256.Create(float.PositiveInfinity);
            var mn1 = mn0;
            var mn2 = mn0;
            var mn3 = mn0;
            var mx0 = Vector256.Create(float.NegativeInfinity);
            var mx1 = mx0;
            var mx2 = mx0;
            var mx3 = mx0;
            for (; i + 32 <= x.Length; i += 32)
            {
                var v0 = Vector256.LoadUnsafe(ref src, (nuint)i);
                var v1 = Vector256.LoadUnsafe(ref src, (nuint)(i + 8));
                var v2 = Vector256.LoadUnsafe(ref src, (nuint)(i + 16));
                var v3 = Vector256.LoadUnsafe(ref src, (nuint)(i + 24));
                mn0 = Vector256.Min(mn0, v0);
                mn1 = Vector256.Min(mn1, v1);
                mn2 = Vector256.Min(mn2, v2);
                mn3 = Vector256.Min(mn3, v3);
                mx0 = Vector256.Max(mx0, v0);
                mx1 = Vector256.Max(mx1, v1);
                mx2 = Vector256.Max(mx2, v2);
                mx3 = Vector256.Max(mx3, v3);
            }

            var mn = Vector256.Min(Vector256.Min(mn0, mn1), Vector256.Min(mn2, mn3));
            var mx = Vector256.Max(Vector256.Max(mx0, mx1), Vector256.Max(mx2, mx3));
            for (var l = 0; l < 8; l++)
            {
                min = Math.Min(min, mn.GetElement(l));
                max = Math.Max(max, mx.GetElement(l));
            }
        }

        for (; i < x.Length; i++)
        {
            min = Math.Min(min, x[i]);
            max = Math.Max(max, x[i]);
        }

        return (min, max);
    }
}
