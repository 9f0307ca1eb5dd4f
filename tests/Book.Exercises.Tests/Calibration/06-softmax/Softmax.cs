namespace Kernels;

/// <summary>
/// Tidy scalar: three passes per row (max, exp and sum, multiply by the reciprocal) with the row
/// offset hoisted and MathF.Exp. No vectors.
/// </summary>
public static class Softmax
{
    public static void Forward(float[] x, int axisSize, int innerSize, float[] y)
    {
        if (x.Length == 0)
        {
            return;
        }

        var outer = x.Length / (axisSize * innerSize);
        for (var o = 0; o < outer; o++)
        {
            for (var j = 0; j < innerSize; j++)
            {
                var first = o * axisSize * innerSize + j;
                var end = first + axisSize * innerSize;
                var max = float.NegativeInfinity;
                for (var i = first; i < end; i += innerSize)
                {
                    max = MathF.Max(max, x[i]);
                }

                var sum = 0f;
                for (var i = first; i < end; i += innerSize)
                {
                    y[i] = MathF.Exp(x[i] - max);
                    sum += y[i];
                }

                var inv = 1f / sum;
                for (var i = first; i < end; i += innerSize)
                {
                    y[i] *= inv;
                }
            }
        }
    }
}
