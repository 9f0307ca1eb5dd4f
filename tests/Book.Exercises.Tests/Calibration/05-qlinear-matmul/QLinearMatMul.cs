namespace Kernels;

/// <summary>
/// Tidy scalar: one row of int32 accumulators filled in (i, p, j) order so the inner loop walks
/// rows of B contiguously, zero points hoisted, then the row requantized with the baseline's
/// arithmetic (multiplier in float32, applied in float64, half to even, saturated). No vectors.
/// </summary>
public static class QLinearMatMul
{
    public static void QLinearMatMulU8S8(byte[] a, float[] aScale, byte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint,
        float[] yScale, byte[] yZeroPoint, int m, int k, int n, byte[] y)
    {
        var acc = new int[n];
        var zb = new int[n];
        for (var j = 0; j < n; j++)
        {
            zb[j] = bZeroPoint.Length == 1 ? bZeroPoint[0] : bZeroPoint[j];
        }

        for (var i = 0; i < m; i++)
        {
            Array.Clear(acc);
            int za = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            for (var p = 0; p < k; p++)
            {
                var av = a[i * k + p] - za;
                var row = p * n;
                for (var j = 0; j < n; j++)
                {
                    acc[j] += av * (b[row + j] - zb[j]);
                }
            }

            var sa = aScale.Length == 1 ? aScale[0] : aScale[i];
            for (var j = 0; j < n; j++)
            {
                var multiplier = (float)(sa * (bScale.Length == 1 ? bScale[0] : bScale[j]) / yScale[0]);
                y[i * n + j] = (byte)Math.Clamp(Math.Round(acc[j] * (double)multiplier + yZeroPoint[0]), 0, 255);
            }
        }
    }

    public static void QLinearMatMulS8S8(sbyte[] a, float[] aScale, sbyte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint,
        float[] yScale, sbyte[] yZeroPoint, int m, int k, int n, sbyte[] y)
    {
        var acc = new int[n];
        var zb = new int[n];
        for (var j = 0; j < n; j++)
        {
            zb[j] = bZeroPoint.Length == 1 ? bZeroPoint[0] : bZeroPoint[j];
        }

        for (var i = 0; i < m; i++)
        {
            Array.Clear(acc);
            int za = aZeroPoint.Length == 1 ? aZeroPoint[0] : aZeroPoint[i];
            for (var p = 0; p < k; p++)
            {
                var av = a[i * k + p] - za;
                var row = p * n;
                for (var j = 0; j < n; j++)
                {
                    acc[j] += av * (b[row + j] - zb[j]);
                }
            }

            var sa = aScale.Length == 1 ? aScale[0] : aScale[i];
            for (var j = 0; j < n; j++)
            {
                var multiplier = (float)(sa * (bScale.Length == 1 ? bScale[0] : bScale[j]) / yScale[0]);
                y[i * n + j] = (sbyte)Math.Clamp(Math.Round(acc[j] * (double)multiplier + yZeroPoint[0]), -128, 127);
            }
        }
    }
}
