namespace Kernels;

/// <summary>
/// The naive baseline: the triple loop into an int32 accumulator per output, then requantization
/// (multiplier formed in float32, applied in float64, rounded half to even, saturated).
/// </summary>
public static class QLinearMatMul
{
    public static void QLinearMatMulU8S8(byte[] a, float[] aScale, byte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint,
        float[] yScale, byte[] yZeroPoint, int m, int k, int n, byte[] y)
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

                var multiplier = (float)((aScale.Length == 1 ? aScale[0] : aScale[i]) * (bScale.Length == 1 ? bScale[0] : bScale[j]) / yScale[0]);
                y[i * n + j] = (byte)Math.Clamp(Math.Round(sum * (double)multiplier + yZeroPoint[0], MidpointRounding.ToEven), 0, 255);
            }
        }
    }

    public static void QLinearMatMulS8S8(sbyte[] a, float[] aScale, sbyte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint,
        float[] yScale, sbyte[] yZeroPoint, int m, int k, int n, sbyte[] y)
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

                var multiplier = (float)((aScale.Length == 1 ? aScale[0] : aScale[i]) * (bScale.Length == 1 ? bScale[0] : bScale[j]) / yScale[0]);
                y[i * n + j] = (sbyte)Math.Clamp(Math.Round(sum * (double)multiplier + yZeroPoint[0], MidpointRounding.ToEven), -128, 127);
            }
        }
    }
}
