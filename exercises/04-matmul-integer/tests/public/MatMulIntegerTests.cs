namespace Kernels.Tests;

/// <summary>Examples with values from the ONNX MatMulInteger specification and by hand.</summary>
public class MatMulIntegerTests
{
    [Fact]
    public void UInt8TimesUInt8MatchesOnnx()
    {
        var y = new int[8];
        MatMulInteger.MatMulU8U8([11, 7, 3, 10, 6, 2, 9, 5, 1, 8, 4, 0], [1, 4, 2, 5, 3, 6], [12], [0], 4, 3, 2, y);
        Assert.Equal(new[] { -38, -83, -44, -98, -50, -113, -56, -128 }, y);
    }

    [Fact]
    public void UInt8TimesInt8()
    {
        // [1 2 3; 4 5 6] · [-1 2; -3 4; -5 6]
        var y = new int[4];
        MatMulInteger.MatMulU8S8([1, 2, 3, 4, 5, 6], [-1, 2, -3, 4, -5, 6], [0], [0], 2, 3, 2, y);
        Assert.Equal(new[] { -22, 28, -49, 64 }, y);
    }

    [Fact]
    public void PerRowAndPerColumnZeroPoints()
    {
        // (a − za[i]) · (b − zb[j]): rows of A shifted by 1 and 2, columns of B by −1 and 1.
        var y = new int[4];
        MatMulInteger.MatMulU8S8([2, 3, 4, 5], [0, 2, 1, 3], [1, 2], [-1, 1], 2, 2, 2, y);
        Assert.Equal(new[] { 5, 5, 8, 8 }, y);
    }

    [Fact]
    public void ExtremesDoNotSaturate()
    {
        var y = new int[1];
        MatMulInteger.MatMulU8S8([255, 255, 255, 255], [-128, -128, -128, -128], [0], [0], 1, 4, 1, y);
        Assert.Equal(new[] { 4 * 255 * -128 }, y);
    }
}
