namespace Kernels.Tests;

/// <summary>Examples with values from the ONNX DequantizeLinear specification and test data.</summary>
public class DequantizeLinearTests
{
    [Fact]
    public void UInt8MatchesOnnx()
    {
        var y = new float[4];
        DequantizeLinear.DequantizeUInt8([0, 3, 128, 255], [2f], [128], 1, 4, y);
        Assert.Equal(new[] { -256f, -250f, 0f, 254f }, y);
    }

    [Fact]
    public void Int8PerAxis()
    {
        // Two channels (axis size 2) of three elements each.
        var y = new float[6];
        DequantizeLinear.DequantizeInt8([-128, 0, 127, -128, 0, 127], [1f, 0.5f], [0, -128], 2, 3, y);
        Assert.Equal(new[] { -128f, 0f, 127f, 0f, 64f, 127.5f }, y);
    }

    [Fact]
    public void Int32HasNoZeroPointInPractice()
    {
        var y = new float[3];
        DequantizeLinear.DequantizeInt32([-1000, 0, 4096], [0.25f], [0], 1, 3, y);
        Assert.Equal(new[] { -250f, 0f, 1024f }, y);
    }
}
