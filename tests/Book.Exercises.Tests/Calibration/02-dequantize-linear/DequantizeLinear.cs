namespace Kernels;

/// <summary>
/// Tidy scalar: the channel's scale and zero point looked up once per run instead of a division
/// per element, otherwise the formula one element at a time. No vectors.
/// </summary>
public static class DequantizeLinear
{
    public static void DequantizeInt8(sbyte[] x, float[] scale, sbyte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        for (var start = 0; start < x.Length; start += innerSize)
        {
            var c = start / innerSize % axisSize;
            var s = scale[c];
            int z = zeroPoint[c];
            for (var i = start; i < start + innerSize; i++)
            {
                y[i] = (x[i] - z) * s;
            }
        }
    }

    public static void DequantizeUInt8(byte[] x, float[] scale, byte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        for (var start = 0; start < x.Length; start += innerSize)
        {
            var c = start / innerSize % axisSize;
            var s = scale[c];
            int z = zeroPoint[c];
            for (var i = start; i < start + innerSize; i++)
            {
                y[i] = (x[i] - z) * s;
            }
        }
    }

    public static void DequantizeInt32(int[] x, float[] scale, int[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        for (var start = 0; start < x.Length; start += innerSize)
        {
            var c = start / innerSize % axisSize;
            var s = scale[c];
            var z = zeroPoint[c];
            for (var i = start; i < start + innerSize; i++)
            {
                y[i] = (float)(x[i] - z) * s;
            }
        }
    }
}
