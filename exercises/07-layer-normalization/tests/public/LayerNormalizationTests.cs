namespace Kernels.Tests;

/// <summary>Examples with values from the ONNX LayerNormalization and RMSNormalization test data.</summary>
public class LayerNormalizationTests
{
    private static void Close(float[] expected, float[] actual, float tolerance = 1e-5f)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}]: expected {expected[i]}, got {actual[i]}");
        }
    }

    private static readonly float[] X =
        [1.7640524f, 0.4001572f, 0.978738f, 2.2408931f, 1.867558f, -0.9772779f, 0.95008844f, -0.1513572f, -0.10321885f, 0.41059852f, 0.14404356f, 1.4542735f];

    [Fact]
    public void LayerNormOverTheWholeTensorMatchesOnnx()
    {
        float[] scale = [0.7610377f, 0.121675014f, 0.44386324f, 0.33367434f, 1.4940791f, -0.20515826f, 0.3130677f, -0.85409576f, -2.5529897f, 0.6536186f, 0.8644362f, -0.742165f];
        float[] bias = [2.2697546f, -1.4543657f, 0.045758516f, -0.18718386f, 1.5327792f, 1.4693588f, 0.15494743f, 0.37816253f, -0.88778573f, -1.9807965f, -0.34791216f, 0.15634897f];
        var y = new float[12];
        var mean = new float[1];
        var inv = new float[1];
        LayerNormalization.LayerNorm(X, scale, bias, 12, 1e-5f, y, mean, inv);
        Close([3.1075883f, -1.5002618f, 0.15664911f, 0.35259527f, 3.3452215f, 1.8530023f, 0.22344095f, 1.2108226f, 1.4679415f, -2.2199469f, -0.9139137f, -0.4115474f], y);
        Close([0.7482124f], mean);
        Close([1.0837431f], inv);
    }

    [Fact]
    public void LayerNormPerRow()
    {
        var y = new float[4];
        var mean = new float[2];
        var inv = new float[2];
        LayerNormalization.LayerNorm([1f, 3f, 4f, 8f], [1f, 1f], [0f, 0f], 2, 0f, y, mean, inv);
        Close([-1f, 1f, -1f, 1f], y);
        Close([2f, 6f], mean);
        Close([1f, 0.5f], inv);
    }

    [Fact]
    public void RmsNormMatchesOnnx()
    {
        var y = new float[12];
        RmsNorm(X, [1.2302907f, 1.2023798f, -0.3873268f, -0.30230275f], 4, y);
        Close([1.427057f, 0.31636938f, -0.24926776f, -0.44543603f, 1.9832929f, -1.0142962f, -0.31764838f, 0.039495736f, -0.16692692f, 0.6489611f, -0.07333834f, -0.5778935f], y);
    }

    private static void RmsNorm(float[] x, float[] scale, int n, float[] y) => LayerNormalization.RmsNorm(x, scale, n, 1e-5f, y);
}
