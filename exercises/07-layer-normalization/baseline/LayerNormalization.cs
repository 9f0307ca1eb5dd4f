namespace Kernels;

/// <summary>
/// The naive baseline: the ONNX formulas term by term, one element at a time. Sums are kept in
/// float64 so that long rows do not drift; everything else is float32.
/// </summary>
public static class LayerNormalization
{
    public static void LayerNorm(float[] x, float[] scale, float[] bias, int normSize, float epsilon, float[] y, float[] mean, float[] invStdDev)
    {
        var rows = normSize == 0 ? 0 : x.Length / normSize;
        for (var r = 0; r < rows; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < normSize; i++)
            {
                sum += x[r * normSize + i];
            }

            var mu = (float)(sum / normSize);
            var squares = 0.0;
            for (var i = 0; i < normSize; i++)
            {
                var d = x[r * normSize + i] - mu;
                squares += d * d;
            }

            var inv = 1f / MathF.Sqrt((float)(squares / normSize) + epsilon);
            for (var i = 0; i < normSize; i++)
            {
                y[r * normSize + i] = (x[r * normSize + i] - mu) * inv * scale[i] + bias[i];
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
            var squares = 0.0;
            for (var i = 0; i < normSize; i++)
            {
                squares += (double)x[r * normSize + i] * x[r * normSize + i];
            }

            var rms = MathF.Sqrt((float)(squares / normSize) + epsilon);
            for (var i = 0; i < normSize; i++)
            {
                y[r * normSize + i] = x[r * normSize + i] / rms * scale[i];
            }
        }
    }
}
