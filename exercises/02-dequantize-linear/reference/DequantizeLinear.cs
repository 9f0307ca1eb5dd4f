using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// Reference DequantizeLinear: <c>y = (x − zp) · scale</c>. The subtraction is done in int32 (exact),
/// then one conversion and one multiply, so the result is bit-identical to the scalar formula. 8-bit
/// inputs are loaded 32 at a time and widened int8 → int16 → int32 (four float vectors out); the
/// kernel is bound by the 4-byte-per-element store stream.
/// </summary>
public static class DequantizeLinear
{
    public static void DequantizeInt8(sbyte[] x, float[] scale, sbyte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        ForEachRun(x.Length, axisSize, innerSize, (start, count, c) => Int8Run(x, start, count, zeroPoint[c], scale[c], y));
    }

    public static void DequantizeUInt8(byte[] x, float[] scale, byte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        ForEachRun(x.Length, axisSize, innerSize, (start, count, c) => UInt8Run(x, start, count, zeroPoint[c], scale[c], y));
    }

    public static void DequantizeInt32(int[] x, float[] scale, int[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        ForEachRun(x.Length, axisSize, innerSize, (start, count, c) => Int32Run(x, start, count, zeroPoint[c], scale[c], y));
    }

    /// <summary>Splits the tensor into runs sharing one (scale, zero point); per-tensor is a single run.</summary>
    private static void ForEachRun(int length, int axisSize, int innerSize, Action<int, int, int> run)
    {
        if (axisSize == 1)
        {
            run(0, length, 0);
            return;
        }

        for (var start = 0; start < length; start += innerSize)
        {
            run(start, innerSize, start / innerSize % axisSize);
        }
    }

    private static void Int8Run(sbyte[] x, int start, int count, int zp, float s, float[] y)
    {
        var i = start;
        var end = start + count;
        if (Vector256.IsHardwareAccelerated && count >= 32)
        {
            var vz = Vector256.Create(zp);
            var vs = Vector256.Create(s);
            for (; i + 32 <= end; i += 32)
            {
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref x[0], (nuint)i));
                Store4(Vector256.Widen(lo), Vector256.Widen(hi), vz, vs, y, i);
            }
        }

        for (; i < end; i++)
        {
            y[i] = (x[i] - zp) * s;
        }
    }

    private static void UInt8Run(byte[] x, int start, int count, int zp, float s, float[] y)
    {
        var i = start;
        var end = start + count;
        if (Vector256.IsHardwareAccelerated && count >= 32)
        {
            var vz = Vector256.Create(zp);
            var vs = Vector256.Create(s);
            for (; i + 32 <= end; i += 32)
            {
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref x[0], (nuint)i));
                var (a, b) = Vector256.Widen(lo);
                var (c, d) = Vector256.Widen(hi);
                Store4((a.AsInt32(), b.AsInt32()), (c.AsInt32(), d.AsInt32()), vz, vs, y, i);
            }
        }

        for (; i < end; i++)
        {
            y[i] = (x[i] - zp) * s;
        }
    }

    private static void Int32Run(int[] x, int start, int count, int zp, float s, float[] y)
    {
        var i = start;
        var end = start + count;
        if (Vector256.IsHardwareAccelerated)
        {
            var vz = Vector256.Create(zp);
            var vs = Vector256.Create(s);
            for (; i + 8 <= end; i += 8)
            {
                (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref x[0], (nuint)i) - vz) * vs).StoreUnsafe(ref y[0], (nuint)i);
            }
        }

        for (; i < end; i++)
        {
            y[i] = (float)(x[i] - zp) * s;
        }
    }

    private static void Store4((Vector256<int> A, Vector256<int> B) low, (Vector256<int> A, Vector256<int> B) high, Vector256<int> zp, Vector256<float> s, float[] y, int at)
    {
        ref var dst = ref y[0];
        (Vector256.ConvertToSingle(low.A - zp) * s).StoreUnsafe(ref dst, (nuint)at);
        (Vector256.ConvertToSingle(low.B - zp) * s).StoreUnsafe(ref dst, (nuint)(at + 8));
        (Vector256.ConvertToSingle(high.A - zp) * s).StoreUnsafe(ref dst, (nuint)(at + 16));
        (Vector256.ConvertToSingle(high.B - zp) * s).StoreUnsafe(ref dst, (nuint)(at + 24));
    }
}
