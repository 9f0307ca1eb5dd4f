namespace Kernels.Tests;

/// <summary>Examples with values from the ONNX QLinearMatMul test data and by hand.</summary>
public class QLinearMatMulTests
{
    [Fact]
    public void Int8MatchesOnnx()
    {
        var y = new sbyte[6];
        QLinearMatMul.QLinearMatMulS8S8([81, 109, -127, 111, -124, 87, -128, -98], [0.0066f], [-14],
            [25, -76, 117, -67, -101, -128, -127, 0, 119, 0, 127, 120], [0.00705f], [-13], [0.0107f], [-9], 2, 4, 3, y);
        Assert.Equal(new sbyte[] { 41, -12, -9, 1, -75, -128 }, y);
    }

    [Fact]
    public void RequantizesWithZeroPointAndSaturates()
    {
        // Accumulators [10, −10, 1000]; multiplier 0.5·0.5/0.25 = 1; + 100, saturated to [0, 255].
        var y = new byte[3];
        QLinearMatMul.QLinearMatMulU8S8([10], [0.5f], [0], [1, -1, 100], [0.5f], [0], [0.25f], [100], 1, 1, 3, y);
        Assert.Equal(new byte[] { 110, 90, 255 }, y);
    }

    [Fact]
    public void TiesRoundToEven()
    {
        // Accumulators 1, 3, 5 times 0.5 give 0.5, 1.5, 2.5 → 0, 2, 2.
        var y = new byte[3];
        QLinearMatMul.QLinearMatMulU8S8([1], [1f], [0], [1, 3, 5], [0.5f], [0], [1f], [0], 1, 1, 3, y);
        Assert.Equal(new byte[] { 0, 2, 2 }, y);
    }
}
