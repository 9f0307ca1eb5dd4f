using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Kernels;

/// <summary>
/// Reference QLinearMatMul: the VNNI integer GEMM (<see cref="IntegerGemm"/>) into an int32
/// accumulator, then one vectorised requantization pass. The multiplier a_scale·b_scale/y_scale is
/// formed in float32 and applied in float64, as the ONNX reference does, so ties round the same way.
/// </summary>
public static class QLinearMatMul
{
    public static void QLinearMatMulU8S8(byte[] a, float[] aScale, byte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint,
        float[] yScale, byte[] yZeroPoint, int m, int k, int n, byte[] y)
    {
        var acc = ArrayPool<int>.Shared.Rent(m * n);
        IntegerGemm.MatMulU8S8(a, b, aZeroPoint, bZeroPoint, m, k, n, acc);
        Requantize(acc, aScale, bScale, yScale[0], yZeroPoint[0], 0, 255, m, n, y.AsSpan());
        ArrayPool<int>.Shared.Return(acc);
    }

    public static void QLinearMatMulS8S8(sbyte[] a, float[] aScale, sbyte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint,
        float[] yScale, sbyte[] yZeroPoint, int m, int k, int n, sbyte[] y)
    {
        // int8 A as uint8: a + 128 with zero point za + 128 leaves (a − za) unchanged.
        var au = ArrayPool<byte>.Shared.Rent(m * k);
        for (var i = 0; i < m * k; i++)
        {
            au[i] = (byte)(a[i] ^ 0x80);
        }

        var zau = new byte[aZeroPoint.Length];
        for (var i = 0; i < zau.Length; i++)
        {
            zau[i] = (byte)(aZeroPoint[i] + 128);
        }

        var acc = ArrayPool<int>.Shared.Rent(m * n);
        IntegerGemm.MatMulU8S8(au, b, zau, bZeroPoint, m, k, n, acc);
        Requantize(acc, aScale, bScale, yScale[0], yZeroPoint[0], -128, 127, m, n, MemoryMarshal.AsBytes(y.AsSpan()));
        ArrayPool<int>.Shared.Return(acc);
        ArrayPool<byte>.Shared.Return(au);
    }

    /// <summary>
    /// Writes the output as bytes: int8 results as their two's-complement bytes. The multipliers
    /// depend on the row only through a per-row a_scale, so with a per-tensor a_scale they are
    /// formed once, not once per row (n divisions per row cost more than the row's arithmetic).
    /// Eight outputs per step: two 4-lane float64 vectors, rounded, clamped, converted, narrowed to
    /// eight bytes and written with one 8-byte store.
    /// </summary>
    private static void Requantize(int[] acc, float[] aScale, float[] bScale, float yScale, int yZeroPoint, int lo, int hi, int m, int n, Span<byte> y)
    {
        var multipliers = new double[n];
        for (var i = 0; i < m; i++)
        {
            if (i == 0 || aScale.Length != 1)
            {
                var sa = aScale.Length == 1 ? aScale[0] : aScale[i];
                for (var j = 0; j < n; j++)
                {
                    multipliers[j] = (float)(sa * (bScale.Length == 1 ? bScale[0] : bScale[j]) / yScale);
                }
            }

            var row = i * n;
            var j0 = 0;
            if (Avx.IsSupported)
            {
                var vz = Vector256.Create((double)yZeroPoint);
                var vlo = Vector256.Create((double)lo);
                var vhi = Vector256.Create((double)hi);
                for (; j0 + 8 <= n; j0 += 8)
                {
                    var c0 = Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref acc[0], (nuint)(row + j0)));
                    var c1 = Avx.ConvertToVector256Double(Vector128.LoadUnsafe(ref acc[0], (nuint)(row + j0 + 4)));
                    var d0 = Vector256.Min(Vector256.Max(Vector256.Round(c0 * Vector256.LoadUnsafe(ref multipliers[0], (nuint)j0) + vz), vlo), vhi);
                    var d1 = Vector256.Min(Vector256.Max(Vector256.Round(c1 * Vector256.LoadUnsafe(ref multipliers[0], (nuint)(j0 + 4)) + vz), vlo), vhi);

                    // In range already, so the truncating narrows keep each value's low byte exactly.
                    var words = Vector128.Narrow(Avx.ConvertToVector128Int32(d0), Avx.ConvertToVector128Int32(d1));
                    var bytes = Vector128.Narrow(words, Vector128<short>.Zero);
                    MemoryMarshal.Write(y.Slice(row + j0, 8), bytes.AsUInt64().ToScalar());
                }
            }

            for (; j0 < n; j0++)
            {
                y[row + j0] = (byte)(int)Math.Clamp(Math.Round(acc[row + j0] * multipliers[j0] + yZeroPoint), lo, hi);
            }
        }
    }
}
