using Kernels;

namespace Kernels.Tests;

public class VectorAddTests
{
    [Fact]
    public void AddsFourElements()
    {
        var y = new float[4];
        VectorAdd.Add([1, 2, 3, 4], [10, 20, 30, 40], y);
        Assert.Equal([11f, 22f, 33f, 44f], y);
    }

    [Fact]
    public void SaturatesInt8()
    {
        var y = new sbyte[4];
        VectorAdd.AddSaturate([127, -128, 100, -100], [1, -1, 100, -100], y);
        Assert.Equal([(sbyte)127, (sbyte)-128, (sbyte)127, (sbyte)-128], y);
    }
}
