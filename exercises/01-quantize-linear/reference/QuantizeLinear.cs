using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// Reference QuantizeLinear. The work is one division, one rounding, one add, one clamp per element:
/// memory-bound once vectorised. Runs of elements that share a scale (innerSize ≥ 8) are processed
/// 32 at a time: four 8-lane float vectors are rounded (ties to even), clamped in float (so the
/// narrowing conversions never wrap) and narrowed int32 → int16 → int8 into one 32-byte store.
/// Per-channel on the last axis (innerSize = 1) vectorises across channels instead.
/// </summary>
public static class QuantizeLinear
{
    public static void QuantizeInt8(float[] x, float[] scale, sbyte[] zeroPoint, int axisSize, int innerSize, sbyte[] y)
    {
        var zp = new float[zeroPoint.Length];
        for (var c = 0; c < zp.Length; c++)
        {
            zp[c] = zeroPoint[c];
        }

        // A byte view of the output: int8 results are stored as their two's-complement bytes.
        Run(x, scale, zp, axisSize, innerSize, -128f, 127f, MemoryMarshal.AsBytes(y.AsSpan()));
    }

    public static void QuantizeUInt8(float[] x, float[] scale, byte[] zeroPoint, int axisSize, int innerSize, byte[] y)
    {
        var zp = new float[zeroPoint.Length];
        for (var c = 0; c < zp.Length; c++)
        {
            zp[c] = zeroPoint[c];
        }

        Run(x, scale, zp, axisSize, innerSize, 0f, 255f, y.AsSpan());
    }

    private static void Run(float[] x, float[] scale, float[] zp, int axisSize, int innerSize, float lo, float hi, Span<byte> y)
    {
        if (axisSize == 1 || scale.Length == 1)
        {
            Block(x, 0, x.Length, scale[0], zp[0], lo, hi, y);
            return;
        }

        if (innerSize == 1)
        {
            for (var row = 0; row < x.Length; row += axisSize)
            {
                Channels(x, row, axisSize, scale, zp, lo, hi, y);
            }

            return;
        }

        for (var start = 0; start < x.Length; start += innerSize)
        {
            var c = start / innerSize % axisSize;
            Block(x, start, innerSize, scale[c], zp[c], lo, hi, y);
        }
    }

    /// <summary><c>count</c> elements from <c>start</c> sharing one scale and zero point.</summary>
    private static void Block(float[] x, int start, int count, float s, float z, float lo, float hi, Span<byte> y)
    {
        var i = start;
        var end = start + count;
        if (Vector512.IsHardwareAccelerated)
        {
            // The same in 16-lane vectors where AVX-512 is accelerated: the division is the bottleneck,
            // and a 512-bit divide does twice the lanes for (nearly) the same cost.
            var vs = Vector512.Create(s);
            var vz = Vector512.Create(z);
            var vlo = Vector512.Create(lo);
            var vhi = Vector512.Create(hi);
            ref var src = ref x[0];
            for (; i + 64 <= end; i += 64)
            {
                var q0 = Quantize(Vector512.LoadUnsafe(ref src, (nuint)i), vs, vz, vlo, vhi);
                var q1 = Quantize(Vector512.LoadUnsafe(ref src, (nuint)(i + 16)), vs, vz, vlo, vhi);
                var q2 = Quantize(Vector512.LoadUnsafe(ref src, (nuint)(i + 32)), vs, vz, vlo, vhi);
                var q3 = Quantize(Vector512.LoadUnsafe(ref src, (nuint)(i + 48)), vs, vz, vlo, vhi);
                Vector512.Narrow(Vector512.Narrow(q0, q1), Vector512.Narrow(q2, q3)).AsByte().StoreUnsafe(ref y[i]);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var vs = Vector256.Create(s);
            var vz = Vector256.Create(z);
            var vlo = Vector256.Create(lo);
            var vhi = Vector256.Create(hi);
            ref var src = ref x[0];
            for (; i + 32 <= end; i += 32)
            {
                var q0 = Quantize(Vector256.LoadUnsafe(ref src, (nuint)i), vs, vz, vlo, vhi);
                var q1 = Quantize(Vector256.LoadUnsafe(ref src, (nuint)(i + 8)), vs, vz, vlo, vhi);
                var q2 = Quantize(Vector256.LoadUnsafe(ref src, (nuint)(i + 16)), vs, vz, vlo, vhi);
                var q3 = Quantize(Vector256.LoadUnsafe(ref src, (nuint)(i + 24)), vs, vz, vlo, vhi);
                StoreNarrow(q0, q1, q2, q3, y, i);
            }
        }

        for (; i < end; i++)
        {
            Store(y, i, Math.Clamp(MathF.Round(x[i] / s) + z, lo, hi));
        }
    }

    private static void Channels(float[] x, int row, int channels, float[] scale, float[] zp, float lo, float hi, Span<byte> y)
    {
        var c = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vlo = Vector256.Create(lo);
            var vhi = Vector256.Create(hi);
            for (; c + 32 <= channels; c += 32)
            {
                var q0 = Quantize(Vector256.LoadUnsafe(ref x[0], (nuint)(row + c)), Vector256.LoadUnsafe(ref scale[0], (nuint)c), Vector256.LoadUnsafe(ref zp[0], (nuint)c), vlo, vhi);
                var q1 = Quantize(Vector256.LoadUnsafe(ref x[0], (nuint)(row + c + 8)), Vector256.LoadUnsafe(ref scale[0], (nuint)(c + 8)), Vector256.LoadUnsafe(ref zp[0], (nuint)(c + 8)), vlo, vhi);
                var q2 = Quantize(Vector256.LoadUnsafe(ref x[0], (nuint)(row + c + 16)), Vector256.LoadUnsafe(ref scale[0], (nuint)(c + 16)), Vector256.LoadUnsafe(ref zp[0], (nuint)(c + 16)), vlo, vhi);
                var q3 = Quantize(Vector256.LoadUnsafe(ref x[0], (nuint)(row + c + 24)), Vector256.LoadUnsafe(ref scale[0], (nuint)(c + 24)), Vector256.LoadUnsafe(ref zp[0], (nuint)(c + 24)), vlo, vhi);
                StoreNarrow(q0, q1, q2, q3, y, row + c);
            }
        }

        for (; c < channels; c++)
        {
            Store(y, row + c, Math.Clamp(MathF.Round(x[row + c] / scale[c]) + zp[c], lo, hi));
        }
    }

    // ONNX QuantizeLinear: divide (not multiply by a reciprocal: the result must match bit for bit),
    // round half to even, add the zero point, saturate.
    private static Vector256<int> Quantize(Vector256<float> v, Vector256<float> s, Vector256<float> z, Vector256<float> lo, Vector256<float> hi) =>
        Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(v / s) + z, lo), hi));

    private static Vector512<int> Quantize(Vector512<float> v, Vector512<float> s, Vector512<float> z, Vector512<float> lo, Vector512<float> hi) =>
        Vector512.ConvertToInt32(Vector512.Min(Vector512.Max(Vector512.Round(v / s) + z, lo), hi));

    private static void StoreNarrow(Vector256<int> q0, Vector256<int> q1, Vector256<int> q2, Vector256<int> q3, Span<byte> y, int at)
    {
        // Values are already in range, so the truncating narrows are exact.
        Vector256.Narrow(Vector256.Narrow(q0, q1), Vector256.Narrow(q2, q3)).AsByte().StoreUnsafe(ref y[at]);
    }

    // q is an integral float already clamped to the output range; (int) then (byte) keeps its low
    // 8 bits, which is the two's-complement byte for int8 and the value itself for uint8.
    private static void Store(Span<byte> y, int i, float q) => y[i] = (byte)(int)q;
}
