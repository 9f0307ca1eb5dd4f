namespace Kernels;

/// <summary>
/// Tidy scalar: float64 sums (float32 ones fail the large-mean edge case) in four independent
/// accumulators, so the additions overlap, and the row offset hoisted. No vectors.
/// </summary>
public static class LayerNormalization
{
    public static void LayerNorm(float[] x, float[] scale, float[] bias, int normSize, float epsilon, float[] y, float[] mean, float[] invStdDev)
    {
        var rows = normSize == 0 ? 0 : x.Length / normSize;
        for (var r = 0; r < rows; r++)
        {
            var row = r * normSize;
            var mu = Sum(x, row, normSize, 0f, squares: false) / normSize;
            var inv = 1f / MathF.Sqrt(Sum(x, row, normSize, mu, squares: true) / normSize + epsilon);
            for (var i = 0; i < normSize; i++)
            {
                y[row + i] = (x[row + i] - mu) * inv * scale[i] + bias[i];
            }

            mean[r] = mu;
            invStdDev[r] = inv;
        }
    }

    public static void RmsNorm(float[] x, float[] scale, int normSize, float epsilon, float[] y)
    {
        var rows = normSize == 0 ? 0 : x.Length / normSize;
        for (var r = 0; r < rows; r++)
        {
            var row = r * normSize;
            var inv = 1f / MathF.Sqrt(Sum(x, row, normSize, 0f, squares: true) / normSize + epsilon);
            for (var i = 0; i < normSize; i++)
            {
                y[row + i] = x[row + i] * inv * scale[i];
            }
        }
    }

    private static float Sum(float[] x, int row, int count, float centre, bool squares)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var i = 0;
        for (; i + 4 <= count; i += 4)
        {
            s0 += Term(x[row + i] - centre, squares);
            s1 += Term(x[row + i + 1] - centre, squares);
            s2 += Term(x[row + i + 2] - centre, squares);
            s3 += Term(x[row + i + 3] - centre, squares);
        }

        for (; i < count; i++)
        {
            s0 += Term(x[row + i] - centre, squares);
        }

        return (float)((s0 + s1) + (s2 + s3));
    }

    private static double Term(float d, bool squares) => squares ? (double)d * d : d;
}
