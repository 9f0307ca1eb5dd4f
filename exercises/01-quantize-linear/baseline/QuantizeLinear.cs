namespace Kernels;

/// <summary>The naive baseline: one element at a time, the scale looked up with a division per element.</summary>
public static class QuantizeLinear
{
    public static void QuantizeInt8(float[] x, float[] scale, sbyte[] zeroPoint, int axisSize, int innerSize, sbyte[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var c = i / innerSize % axisSize;
            var q = MathF.Round(x[i] / scale[c], MidpointRounding.ToEven) + zeroPoint[c];
            y[i] = (sbyte)Math.Clamp(q, -128f, 127f);
        }
    }

    public static void QuantizeUInt8(float[] x, float[] scale, byte[] zeroPoint, int axisSize, int innerSize, byte[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var c = i / innerSize % axisSize;
            var q = MathF.Round(x[i] / scale[c], MidpointRounding.ToEven) + zeroPoint[c];
            y[i] = (byte)Math.Clamp(q, 0f, 255f);
        }
    }
}
