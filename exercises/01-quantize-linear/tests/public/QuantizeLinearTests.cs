namespace Kernels.Tests;

/// <summary>Examples with values from the ONNX QuantizeLinear specification and test data.</summary>
public class QuantizeLinearTests
{
    [Fact]
    public void PerTensorUInt8MatchesOnnx()
    {
        var y = new byte[6];
        QuantizeLinear.QuantizeUInt8([0f, 2f, 3f, 1000f, -254f, -1000f], [2f], [128], 1, 6, y);
        Assert.Equal(new byte[] { 128, 129, 130, 255, 1, 0 }, y);
    }

    [Fact]
    public void PerAxisUInt8MatchesOnnx()
    {
        // x is [1, 3, 3, 2], quantized along axis 1: three channels of 3·2 = 6 elements.
        float[] x = [-162f, 10f, -100f, 232f, -20f, -50f, -76f, 0f, 0f, 252f, 32f, -44f, 245f, -485f, -960f, -270f, -375f, -470f];
        var y = new byte[x.Length];
        QuantizeLinear.QuantizeUInt8(x, [2f, 4f, 5f], [84, 24, 196], 3, 6, y);
        Assert.Equal(new byte[] { 3, 89, 34, 200, 74, 59, 5, 24, 24, 87, 32, 13, 245, 99, 4, 142, 121, 102 }, y);
    }

    [Fact]
    public void TiesRoundToEvenThenSaturate()
    {
        var y = new sbyte[8];
        QuantizeLinear.QuantizeInt8([0.5f, 1.5f, 2.5f, -0.5f, -1.5f, 126.5f, 1000f, float.NegativeInfinity], [1f], [0], 1, 8, y);
        Assert.Equal(new sbyte[] { 0, 2, 2, 0, -2, 126, 127, -128 }, y);
    }

    [Fact]
    public void ZeroPointIsAddedAfterRounding()
    {
        var y = new sbyte[3];
        QuantizeLinear.QuantizeInt8([0.5f, 1.5f, -2.5f], [1f], [1], 1, 3, y);
        Assert.Equal(new sbyte[] { 1, 3, -1 }, y);
    }
}
