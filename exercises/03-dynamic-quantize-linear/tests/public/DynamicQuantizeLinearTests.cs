namespace Kernels.Tests;

/// <summary>Examples with values from the ONNX DynamicQuantizeLinear test data.</summary>
public class DynamicQuantizeLinearTests
{
    [Fact]
    public void AllPositiveMatchesOnnx()
    {
        float[] x = [1f, 2.1f, 1.3f, 2.5f, 3.34f, 4f, 1.5f, 2.6f, 3.9f, 4f, 3f, 2.345f];
        var y = new byte[x.Length];
        var scale = new float[1];
        var zeroPoint = new byte[1];
        DynamicQuantizeLinear.DynamicQuantize(x, y, scale, zeroPoint);
        Assert.Equal(new byte[] { 64, 134, 83, 159, 213, 255, 96, 166, 249, 255, 191, 149 }, y);
        Assert.Equal(4f / 255f, scale[0]);
        Assert.Equal(0, zeroPoint[0]);
    }

    [Fact]
    public void MixedSigns()
    {
        // Range [-3, 2]: scale 5/255, zero point round(3 / (5/255)) = 153. In float32, −2.5 / scale is
        // −127.49999 (not the tie −127.5), so it rounds to −127 and quantizes to 26.
        float[] x = [0f, 2f, -3f, -2.5f, 1.34f, 0.5f];
        var y = new byte[x.Length];
        var scale = new float[1];
        var zeroPoint = new byte[1];
        DynamicQuantizeLinear.DynamicQuantize(x, y, scale, zeroPoint);
        Assert.Equal(5f / 255f, scale[0]);
        Assert.Equal(153, zeroPoint[0]);
        Assert.Equal(new byte[] { 153, 255, 0, 26, 221, 179 }, y);
    }

    [Fact]
    public void AllZerosUseScaleOneOver255()
    {
        var y = new byte[3];
        var scale = new float[1];
        var zeroPoint = new byte[1];
        DynamicQuantizeLinear.DynamicQuantize(new float[3], y, scale, zeroPoint);
        Assert.Equal(1f / 255f, scale[0]);
        Assert.Equal(new byte[3], y);
    }
}
