namespace Kernels;

/// <summary>
/// Tidy scalar: the channel's scale and zero point looked up once per run instead of a division
/// per element, and a branch-free clamp (MathF.Min/Max instead of Math.Clamp's two compare-and-
/// branch steps, which random data mispredicts), otherwise the formula one element at a time.
/// No vectors.
/// </summary>
public static class QuantizeLinear
{
    public static void QuantizeInt8(float[] x, float[] scale, sbyte[] zeroPoint, int axisSize, int innerSize, sbyte[] y)
    {
        for (var start = 0; start < x.Length; start += innerSize)
        {
            var c = start / innerSize % axisSize;
            var s = scale[c];
            float z = zeroPoint[c];
            for (var i = start; i < start + innerSize; i++)
            {
                y[i] = (sbyte)MathF.Min(MathF.Max(MathF.Round(x[i] / s) + z, -128f), 127f);
            }
        }
    }

    public static void QuantizeUInt8(float[] x, float[] scale, byte[] zeroPoint, int axisSize, int innerSize, byte[] y)
    {
        for (var start = 0; start < x.Length; start += innerSize)
        {
            var c = start / innerSize % axisSize;
            var s = scale[c];
            float z = zeroPoint[c];
            for (var i = start; i < start + innerSize; i++)
            {
                y[i] = (byte)MathF.Min(MathF.Max(MathF.Round(x[i] / s) + z, 0f), 255f);
            }
        }
    }
}
