namespace Kernels;

/// <summary>The naive baseline: for each position along the other axes, max, exp and sum, divide; one element at a time.</summary>
public static class Softmax
{
    public static void Forward(float[] x, int axisSize, int innerSize, float[] y)
    {
        var outer = axisSize * innerSize == 0 ? 0 : x.Length / (axisSize * innerSize);
        for (var o = 0; o < outer; o++)
        {
            for (var j = 0; j < innerSize; j++)
            {
                var max = float.NegativeInfinity;
                for (var a = 0; a < axisSize; a++)
                {
                    max = Math.Max(max, x[(o * axisSize + a) * innerSize + j]);
                }

                var sum = 0f;
                for (var a = 0; a < axisSize; a++)
                {
                    var e = MathF.Exp(x[(o * axisSize + a) * innerSize + j] - max);
                    y[(o * axisSize + a) * innerSize + j] = e;
                    sum += e;
                }

                for (var a = 0; a < axisSize; a++)
                {
                    y[(o * axisSize + a) * innerSize + j] /= sum;
                }
            }
        }
    }
}
