namespace Kernels;

/// <summary>
/// Tidy scalar: the loops reordered (i, p, j) so the inner loop walks a row of B and a row of Y
/// contiguously, zero points hoisted out of the inner loop. No vectors, no tiling.
/// </summary>
public static class MatMulInteger
{
    public static void MatMulU8S8(byte[] a, sbyte[] b, byte[] aZeroPoint, sbyte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        var zb = new int[n];
        for (var j = 0; j < n; j++)
        {
            zb[j] = bZeroPoint.Length == 1 ? bZeroPoint[0] : bZeroPoint[j];
        }

        for (var i = 0; i < m; i++)
        {
            int za = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            for (var p = 0; p < k; p++)
            {
                var av = a[i * k + p] - za;
                var row = p * n;
                var outRow = i * n;
                for (var j = 0; j < n; j++)
                {
                    y[outRow + j] += av * (b[row + j] - zb[j]);
                }
            }
        }
    }

    public static void MatMulU8U8(byte[] a, byte[] b, byte[] aZeroPoint, byte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        var zb = new int[n];
        for (var j = 0; j < n; j++)
        {
            zb[j] = bZeroPoint.Length == 1 ? bZeroPoint[0] : bZeroPoint[j];
        }

        for (var i = 0; i < m; i++)
        {
            int za = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            for (var p = 0; p < k; p++)
            {
                var av = a[i * k + p] - za;
                var row = p * n;
                var outRow = i * n;
                for (var j = 0; j < n; j++)
                {
                    y[outRow + j] += av * (b[row + j] - zb[j]);
                }
            }
        }
    }
}
