namespace Kernels;

/// <summary>The naive baseline: one element at a time, the scale looked up with a division per element.</summary>
public static class DequantizeLinear
{
    public static void DequantizeInt8(sbyte[] x, float[] scale, sbyte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var c = i / innerSize % axisSize;
            y[i] = (x[i] - zeroPoint[c]) * scale[c];
        }
    }

    public static void DequantizeUInt8(byte[] x, float[] scale, byte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var c = i / innerSize % axisSize;
            y[i] = (x[i] - zeroPoint[c]) * scale[c];
        }
    }

    public static void DequantizeInt32(int[] x, float[] scale, int[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var c = i / innerSize % axisSize;
            y[i] = (float)(x[i] - zeroPoint[c]) * scale[c];
        }
    }
}
