namespace Kernels;

/// <summary>The naive baseline: a scalar min/max pass, then a scalar quantization pass.</summary>
public static class DynamicQuantizeLinear
{
    public static void DynamicQuantize(float[] x, byte[] y, float[] yScale, byte[] yZeroPoint)
    {
        var min = 0f;
        var max = 0f;
        foreach (var v in x)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var scale = (max == min ? 1f : max - min) / 255f;
        var zeroPoint = MathF.Round(Math.Clamp(0f - min / scale, 0f, 255f), MidpointRounding.ToEven);
        yScale[0] = scale;
        yZeroPoint[0] = (byte)zeroPoint;
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = (byte)Math.Clamp(MathF.Round(x[i] / scale, MidpointRounding.ToEven) + zeroPoint, 0f, 255f);
        }
    }
}
