using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Kernels;

/// <summary>
/// Reference MatMulInteger. Every input combination is reduced to one core, uint8 A × int8 B with
/// int32 zero points, using
/// <c>Σ(a−za)(b−zb) = Σab − zb·Σa − za·Σb + K·za·zb</c> (exact in wrapping int32 arithmetic).
/// The core packs B into 16-column panels of 4-byte k-groups, so that one broadcast of four A bytes
/// and one 256-bit load of B feed <c>vpdpbusd</c> (AvxVnni): 32 multiply-adds per instruction.
/// Without VNNI the same tiling runs on <c>vpmaddwd</c> with 16-bit operands (exact, half the rate);
/// without AVX2 a cache-friendly scalar loop.
/// </summary>
public static class MatMulInteger
{
    private const int Mr = 6;   // rows per register tile: 6 rows × 2 vectors = 12 accumulators
    private const int Nr = 16;  // columns per panel: two vectors of 8 int32

    public static void MatMulU8S8(byte[] a, sbyte[] b, byte[] aZeroPoint, sbyte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        var zb = new int[bZeroPoint.Length];
        for (var j = 0; j < zb.Length; j++)
        {
            zb[j] = bZeroPoint[j];
        }

        Core(a, b, flip: false, aZeroPoint, zb, m, k, n, y);
    }

    public static void MatMulU8U8(byte[] a, byte[] b, byte[] aZeroPoint, byte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        // b = b' + 128 with b' = b ^ 0x80 read as int8, so (b − zb) = (b' − (zb − 128)).
        var zb = new int[bZeroPoint.Length];
        for (var j = 0; j < zb.Length; j++)
        {
            zb[j] = bZeroPoint[j] - 128;
        }

        Core(a, b, flip: true, aZeroPoint, zb, m, k, n, y);
    }

    /// <summary>
    /// A (uint8, [m,k]) × B ([k,n], int8, or uint8 read as int8 after flipping the top bit) with zero
    /// points za (byte) and zb (int, already adjusted for the flip).
    /// </summary>
    private static void Core<T>(byte[] a, T[] b, bool flip, byte[] aZeroPoint, int[] zb, int m, int k, int n, int[] y)
        where T : struct
    {
        if (m == 0 || n == 0)
        {
            return;
        }

        if (!Avx2.IsSupported || k == 0)
        {
            Portable(a, b, flip, aZeroPoint, zb, m, k, n, y);
            return;
        }

        var vnni = AvxVnni.IsSupported;
        var group = vnni ? 4 : 2;                       // k values per 32-bit lane
        var kg = (k + group - 1) / group;                // k-groups
        var panels = (n + Nr - 1) / Nr;

        var aPacked = ArrayPool<int>.Shared.Rent(m * kg);
        var rowTerm = ArrayPool<int>.Shared.Rent(m);
        var za = ArrayPool<int>.Shared.Rent(m);
        if (vnni)
        {
            PackAVnni(a, aZeroPoint, m, k, kg, aPacked, rowTerm, za);
        }
        else
        {
            PackA(a, aZeroPoint, m, k, kg, group, aPacked, rowTerm, za);
        }

        var bPacked = ArrayPool<int>.Shared.Rent(panels * kg * Nr);
        var colSum = ArrayPool<int>.Shared.Rent(panels * Nr);
        var zbPadded = ArrayPool<int>.Shared.Rent(panels * Nr);
        PackB(b, flip, zb, k, n, kg, group, panels, bPacked, colSum, zbPadded);

        var tile = new int[Mr * Nr];
        for (var p = 0; p < panels; p++)
        {
            var i = 0;
            for (; i + Mr <= m; i += Mr)
            {
                if (vnni)
                {
                    TileVnni(aPacked, bPacked, i, p, kg, tile);
                }
                else
                {
                    TileMadd(aPacked, bPacked, i, p, kg, tile);
                }

                Store(tile, Mr, i, p, n, rowTerm, za, colSum, zbPadded, y);
            }

            for (; i < m; i++)
            {
                RowTile(aPacked, bPacked, i, p, kg, vnni, tile);
                Store(tile, 1, i, p, n, rowTerm, za, colSum, zbPadded, y);
            }
        }

        ArrayPool<int>.Shared.Return(aPacked);
        ArrayPool<int>.Shared.Return(rowTerm);
        ArrayPool<int>.Shared.Return(za);
        ArrayPool<int>.Shared.Return(bPacked);
        ArrayPool<int>.Shared.Return(colSum);
        ArrayPool<int>.Shared.Return(zbPadded);
    }

    /// <summary>
    /// A row-major into 32-bit lanes: 4 bytes (VNNI) or 2 zero-extended 16-bit values (vpmaddwd) per lane,
    /// zero-padded past k. Also rowTerm[i] = Σa[i,:] − k·za[i], the factor of −zb in the correction.
    /// </summary>
    private static void PackA(byte[] a, byte[] aZeroPoint, int m, int k, int kg, int group, int[] packed, int[] rowTerm, int[] za)
    {
        for (var i = 0; i < m; i++)
        {
            var zai = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            za[i] = zai;
            var sum = 0;
            var row = i * k;
            for (var g = 0; g < kg; g++)
            {
                var lane = 0;
                for (var t = 0; t < group; t++)
                {
                    var p = g * group + t;
                    int v = p < k ? a[row + p] : 0;
                    sum += v;
                    lane |= group == 4 ? v << (8 * t) : v << (16 * t);
                }

                packed[i * kg + g] = lane;
            }

            rowTerm[i] = sum - k * zai;
        }
    }

    private static int Int8At<T>(T value, bool flip)
        where T : struct => (sbyte)(Vector128.CreateScalarUnsafe(value).AsByte().ToScalar() ^ (flip ? 0x80 : 0));

    /// <summary>
    /// VNNI layout of A is the row bytes themselves, padded to a multiple of 4: one block copy per row.
    /// Row sums come from <c>vpsadbw</c> against zero (sums of 8 bytes at a time).
    /// </summary>
    private static void PackAVnni(byte[] a, byte[] aZeroPoint, int m, int k, int kg, int[] packed, int[] rowTerm, int[] za)
    {
        for (var i = 0; i < m; i++)
        {
            packed[i * kg + kg - 1] = 0;
            Buffer.BlockCopy(a, i * k, packed, i * kg * 4, k);
            var zai = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            za[i] = zai;
            ref var row = ref a[i * k];
            var acc = Vector256<ulong>.Zero;
            var p = 0;
            for (; p + 32 <= k; p += 32)
            {
                acc += Avx2.SumAbsoluteDifferences(Vector256.LoadUnsafe(ref row, (nuint)p), Vector256<byte>.Zero).AsUInt64();
            }

            var sum = (int)Vector256.Sum(acc);
            for (; p < k; p++)
            {
                sum += a[i * k + p];
            }

            rowTerm[i] = sum - k * zai;
        }
    }

    /// <summary>
    /// B into panels of 16 columns: for each k-group, 16 lanes holding that column's group of k values.
    /// Full VNNI groups are interleaved with byte/word unpacks (4 rows × 16 columns at a time); edges
    /// (last columns, last k values, the 16-bit layout) go through the scalar path. Column sums are
    /// then a dot product of each panel with a vector of ones.
    /// </summary>
    private static void PackB<T>(T[] b, bool flip, int[] zb, int k, int n, int kg, int group, int panels, int[] packed, int[] colSum, int[] zbPadded)
        where T : struct
    {
        var flipMask = Vector128.Create(flip ? (byte)0x80 : (byte)0);
        for (var p = 0; p < panels; p++)
        {
            var j0 = p * Nr;
            for (var c = 0; c < Nr; c++)
            {
                var j = j0 + c;
                zbPadded[j0 + c] = j < n ? (zb.Length == 1 ? zb[0] : zb[j]) : 0;
            }

            for (var g = 0; g < kg; g++)
            {
                var dst = (p * kg + g) * Nr;
                if (group == 4 && j0 + Nr <= n && g * 4 + 3 < k)
                {
                    var q = g * 4 * n + j0;
                    var r0 = Vector128.LoadUnsafe(ref b[q]).AsByte() ^ flipMask;
                    var r1 = Vector128.LoadUnsafe(ref b[q + n]).AsByte() ^ flipMask;
                    var r2 = Vector128.LoadUnsafe(ref b[q + 2 * n]).AsByte() ^ flipMask;
                    var r3 = Vector128.LoadUnsafe(ref b[q + 3 * n]).AsByte() ^ flipMask;
                    var lo01 = Sse2.UnpackLow(r0, r1).AsInt16();
                    var hi01 = Sse2.UnpackHigh(r0, r1).AsInt16();
                    var lo23 = Sse2.UnpackLow(r2, r3).AsInt16();
                    var hi23 = Sse2.UnpackHigh(r2, r3).AsInt16();
                    ref var d = ref packed[dst];
                    Sse2.UnpackLow(lo01, lo23).AsInt32().StoreUnsafe(ref d, 0);
                    Sse2.UnpackHigh(lo01, lo23).AsInt32().StoreUnsafe(ref d, 4);
                    Sse2.UnpackLow(hi01, hi23).AsInt32().StoreUnsafe(ref d, 8);
                    Sse2.UnpackHigh(hi01, hi23).AsInt32().StoreUnsafe(ref d, 12);
                    continue;
                }

                for (var c = 0; c < Nr; c++)
                {
                    var j = j0 + c;
                    var lane = 0;
                    for (var t = 0; t < group; t++)
                    {
                        var q = g * group + t;
                        var v = q < k && j < n ? Int8At(b[q * n + j], flip) : 0;
                        lane |= group == 4 ? (v & 0xFF) << (8 * t) : (v & 0xFFFF) << (16 * t);
                    }

                    packed[dst + c] = lane;
                }
            }

            ColumnSums(packed, p, kg, group, colSum);
        }
    }

    private static void ColumnSums(int[] packed, int p, int kg, int group, int[] colSum)
    {
        Vector256<int> s0 = default, s1 = default;
        ref var bRef = ref packed[p * kg * Nr];
        for (var g = 0; g < kg; g++)
        {
            var b0 = Vector256.LoadUnsafe(ref bRef, (nuint)(g * Nr));
            var b1 = Vector256.LoadUnsafe(ref bRef, (nuint)(g * Nr + 8));
            if (group == 4)
            {
                var ones = Vector256.Create((byte)1);
                s0 = AvxVnni.MultiplyWideningAndAdd(s0, ones, b0.AsSByte());
                s1 = AvxVnni.MultiplyWideningAndAdd(s1, ones, b1.AsSByte());
            }
            else
            {
                var ones = Vector256.Create((short)1);
                s0 += Avx2.MultiplyAddAdjacent(ones, b0.AsInt16());
                s1 += Avx2.MultiplyAddAdjacent(ones, b1.AsInt16());
            }
        }

        s0.StoreUnsafe(ref colSum[p * Nr], 0);
        s1.StoreUnsafe(ref colSum[p * Nr], 8);
    }

    private static void TileVnni(int[] aPacked, int[] bPacked, int i0, int p, int kg, int[] tile)
    {
        Vector256<int> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<int> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        ref var bRef = ref bPacked[p * kg * Nr];

        // One running index per row, advanced with g: each broadcast costs one bounds check and no
        // address arithmetic (recomputing (i0 + r)·kg + g for six rows made the loop front-end-bound
        // rather than bound by the multiply-adds).
        var r0 = i0 * kg;
        int r1 = r0 + kg, r2 = r1 + kg, r3 = r2 + kg, r4 = r3 + kg, r5 = r4 + kg;
        var bi = 0;
        for (var g = 0; g < kg; g++, r0++, r1++, r2++, r3++, r4++, r5++, bi += Nr)
        {
            var b0 = Vector256.LoadUnsafe(ref bRef, (nuint)bi).AsSByte();
            var b1 = Vector256.LoadUnsafe(ref bRef, (nuint)(bi + 8)).AsSByte();
            var a0 = Vector256.Create(aPacked[r0]).AsByte();
            c00 = AvxVnni.MultiplyWideningAndAdd(c00, a0, b0);
            c01 = AvxVnni.MultiplyWideningAndAdd(c01, a0, b1);
            var a1 = Vector256.Create(aPacked[r1]).AsByte();
            c10 = AvxVnni.MultiplyWideningAndAdd(c10, a1, b0);
            c11 = AvxVnni.MultiplyWideningAndAdd(c11, a1, b1);
            var a2 = Vector256.Create(aPacked[r2]).AsByte();
            c20 = AvxVnni.MultiplyWideningAndAdd(c20, a2, b0);
            c21 = AvxVnni.MultiplyWideningAndAdd(c21, a2, b1);
            var a3 = Vector256.Create(aPacked[r3]).AsByte();
            c30 = AvxVnni.MultiplyWideningAndAdd(c30, a3, b0);
            c31 = AvxVnni.MultiplyWideningAndAdd(c31, a3, b1);
            var a4 = Vector256.Create(aPacked[r4]).AsByte();
            c40 = AvxVnni.MultiplyWideningAndAdd(c40, a4, b0);
            c41 = AvxVnni.MultiplyWideningAndAdd(c41, a4, b1);
            var a5 = Vector256.Create(aPacked[r5]).AsByte();
            c50 = AvxVnni.MultiplyWideningAndAdd(c50, a5, b0);
            c51 = AvxVnni.MultiplyWideningAndAdd(c51, a5, b1);
        }

        ref var t = ref tile[0];
        c00.StoreUnsafe(ref t, 0); c01.StoreUnsafe(ref t, 8);
        c10.StoreUnsafe(ref t, 16); c11.StoreUnsafe(ref t, 24);
        c20.StoreUnsafe(ref t, 32); c21.StoreUnsafe(ref t, 40);
        c30.StoreUnsafe(ref t, 48); c31.StoreUnsafe(ref t, 56);
        c40.StoreUnsafe(ref t, 64); c41.StoreUnsafe(ref t, 72);
        c50.StoreUnsafe(ref t, 80); c51.StoreUnsafe(ref t, 88);
    }

    private static void TileMadd(int[] aPacked, int[] bPacked, int i0, int p, int kg, int[] tile)
    {
        Vector256<int> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<int> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        ref var bRef = ref bPacked[p * kg * Nr];
        for (var g = 0; g < kg; g++)
        {
            var b0 = Vector256.LoadUnsafe(ref bRef, (nuint)(g * Nr)).AsInt16();
            var b1 = Vector256.LoadUnsafe(ref bRef, (nuint)(g * Nr + 8)).AsInt16();
            var a0 = Vector256.Create(aPacked[i0 * kg + g]).AsInt16();
            c00 += Avx2.MultiplyAddAdjacent(a0, b0);
            c01 += Avx2.MultiplyAddAdjacent(a0, b1);
            var a1 = Vector256.Create(aPacked[(i0 + 1) * kg + g]).AsInt16();
            c10 += Avx2.MultiplyAddAdjacent(a1, b0);
            c11 += Avx2.MultiplyAddAdjacent(a1, b1);
            var a2 = Vector256.Create(aPacked[(i0 + 2) * kg + g]).AsInt16();
            c20 += Avx2.MultiplyAddAdjacent(a2, b0);
            c21 += Avx2.MultiplyAddAdjacent(a2, b1);
            var a3 = Vector256.Create(aPacked[(i0 + 3) * kg + g]).AsInt16();
            c30 += Avx2.MultiplyAddAdjacent(a3, b0);
            c31 += Avx2.MultiplyAddAdjacent(a3, b1);
            var a4 = Vector256.Create(aPacked[(i0 + 4) * kg + g]).AsInt16();
            c40 += Avx2.MultiplyAddAdjacent(a4, b0);
            c41 += Avx2.MultiplyAddAdjacent(a4, b1);
            var a5 = Vector256.Create(aPacked[(i0 + 5) * kg + g]).AsInt16();
            c50 += Avx2.MultiplyAddAdjacent(a5, b0);
            c51 += Avx2.MultiplyAddAdjacent(a5, b1);
        }

        ref var t = ref tile[0];
        c00.StoreUnsafe(ref t, 0); c01.StoreUnsafe(ref t, 8);
        c10.StoreUnsafe(ref t, 16); c11.StoreUnsafe(ref t, 24);
        c20.StoreUnsafe(ref t, 32); c21.StoreUnsafe(ref t, 40);
        c30.StoreUnsafe(ref t, 48); c31.StoreUnsafe(ref t, 56);
        c40.StoreUnsafe(ref t, 64); c41.StoreUnsafe(ref t, 72);
        c50.StoreUnsafe(ref t, 80); c51.StoreUnsafe(ref t, 88);
    }

    private static void RowTile(int[] aPacked, int[] bPacked, int i, int p, int kg, bool vnni, int[] tile)
    {
        Vector256<int> c0 = default, c1 = default;
        ref var bRef = ref bPacked[p * kg * Nr];
        for (var g = 0; g < kg; g++)
        {
            var b0 = Vector256.LoadUnsafe(ref bRef, (nuint)(g * Nr));
            var b1 = Vector256.LoadUnsafe(ref bRef, (nuint)(g * Nr + 8));
            var av = Vector256.Create(aPacked[i * kg + g]);
            if (vnni)
            {
                c0 = AvxVnni.MultiplyWideningAndAdd(c0, av.AsByte(), b0.AsSByte());
                c1 = AvxVnni.MultiplyWideningAndAdd(c1, av.AsByte(), b1.AsSByte());
            }
            else
            {
                c0 += Avx2.MultiplyAddAdjacent(av.AsInt16(), b0.AsInt16());
                c1 += Avx2.MultiplyAddAdjacent(av.AsInt16(), b1.AsInt16());
            }
        }

        c0.StoreUnsafe(ref tile[0], 0);
        c1.StoreUnsafe(ref tile[0], 8);
    }

    /// <summary>y = Σab − zb·(Σa − k·za) − za·Σb, vectorised over the panel's columns.</summary>
    private static void Store(int[] tile, int rows, int i0, int p, int n, int[] rowTerm, int[] za, int[] colSum, int[] zbPadded, int[] y)
    {
        var j0 = p * Nr;
        var cols = Math.Min(Nr, n - j0);
        ref var cs = ref colSum[j0];
        ref var zbr = ref zbPadded[j0];
        for (var r = 0; r < rows; r++)
        {
            var i = i0 + r;
            var rt = Vector256.Create(rowTerm[i]);
            var zav = Vector256.Create(za[i]);
            for (var h = 0; h < Nr; h += 8)
            {
                var v = Vector256.LoadUnsafe(ref tile[0], (nuint)(r * Nr + h))
                        - Vector256.LoadUnsafe(ref zbr, (nuint)h) * rt
                        - Vector256.LoadUnsafe(ref cs, (nuint)h) * zav;
                if (h + 8 <= cols)
                {
                    v.StoreUnsafe(ref y[0], (nuint)(i * n + j0 + h));
                }
                else
                {
                    for (var c = h; c < cols; c++)
                    {
                        y[i * n + j0 + c] = v.GetElement(c - h);
                    }
                }
            }
        }
    }

    /// <summary>No AVX2: the same algebra with a scalar i-k-j loop (B rows stream through the cache).</summary>
    private static void Portable<T>(byte[] a, T[] b, bool flip, byte[] aZeroPoint, int[] zb, int m, int k, int n, int[] y)
        where T : struct
    {
        for (var i = 0; i < m; i++)
        {
            int za = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            var row = i * n;
            for (var j = 0; j < n; j++)
            {
                y[row + j] = 0;
            }

            for (var p = 0; p < k; p++)
            {
                var av = a[i * k + p] - za;
                var brow = p * n;
                for (var j = 0; j < n; j++)
                {
                    y[row + j] += av * (Int8At(b[brow + j], flip) - (zb.Length == 1 ? zb[0] : zb[j]));
                }
            }
        }
    }
}
