namespace Kernels;

/// <summary>
/// The naive baseline: the textbook triple loop, one multiply-add at a time, zero points
/// subtracted inside the loop. Correct for every shape; this is the yardstick of the speed tiers.
/// </summary>
public static class MatMulInteger
{
    public static void MatMulU8S8(byte[] a, sbyte[] b, byte[] aZeroPoint, sbyte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        for (var i = 0; i < m; i++)
        {
            int za = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            for (var j = 0; j < n; j++)
            {
                int zb = bZeroPoint.Length == 1 ? bZeroPoint[0] : bZeroPoint[j];
                var sum = 0;
                for (var p = 0; p < k; p++)
                {
                    sum += (a[i * k + p] - za) * (b[p * n + j] - zb);
                }

                y[i * n + j] = sum;
            }
        }
    }

    public static void MatMulU8U8(byte[] a, byte[] b, byte[] aZeroPoint, byte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        for (var i = 0; i < m; i++)
        {
            int za = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            for (var j = 0; j < n; j++)
            {
                int zb = bZeroPoint.Length == 1 ? bZeroPoint[0] : bZeroPoint[j];
                var sum = 0;
                for (var p = 0; p < k; p++)
                {
                    sum += (a[i * k + p] - za) * (b[p * n + j] - zb);
                }

                y[i * n + j] = sum;
            }
        }
    }
}
