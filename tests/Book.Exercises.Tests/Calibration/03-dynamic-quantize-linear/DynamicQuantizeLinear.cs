namespace Kernels;

/// <summary>
/// Tidy scalar: the baseline's two passes with branch-free min, max and clamp (MathF.Min/Max
/// instead of compare-and-branch, which random data mispredicts). No vectors.
/// </summary>
public static class DynamicQuantizeLinear
{
    public static void DynamicQuantize(float[] x, byte[] y, float[] yScale, byte[] yZeroPoint)
    {
        var min = 0f;
        var max = 0f;
        for (var i = 0; i < x.Length; i++)
        {
            min = MathF.Min(min, x[i]);
            max = MathF.Max(max, x[i]);
        }

        var scale = (max == min ? 1f : max - min) / 255f;
        var zeroPoint = MathF.Round(MathF.Min(MathF.Max(0f - min / scale, 0f), 255f));
        yScale[0] = scale;
        yZeroPoint[0] = (byte)zeroPoint;
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = (byte)MathF.Min(MathF.Max(MathF.Round(x[i] / scale) + zeroPoint, 0f), 255f);
        }
    }
}
