namespace Kernels.Tests;

/// <summary>Examples with values from the ONNX Softmax specification and by hand.</summary>
public class SoftmaxTests
{
    private static void Close(float[] expected, float[] actual, float tolerance = 1e-6f)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"y[{i}]: expected {expected[i]}, got {actual[i]}");
        }
    }

    [Fact]
    public void OnnxExample()
    {
        var y = new float[3];
        Softmax.Forward([-1f, 0f, 1f], 3, 1, y);
        Close([0.09003057f, 0.24472846f, 0.66524094f], y);
    }

    [Fact]
    public void LargeLogitsDoNotOverflow()
    {
        var y = new float[3];
        Softmax.Forward([1000f, 1001f, 1002f], 3, 1, y);
        Close([0.09003057f, 0.24472846f, 0.66524094f], y);
    }

    [Fact]
    public void FirstAxisOfTwoByThree()
    {
        // x = [[1, 2, 3], [4, 5, 6]] along axis 0: every column is softmax([a, a + 3]).
        var y = new float[6];
        Softmax.Forward([1f, 2f, 3f, 4f, 5f, 6f], 2, 3, y);
        Close([0.047425874f, 0.047425874f, 0.047425874f, 0.95257413f, 0.95257413f, 0.95257413f], y);
    }

    [Fact]
    public void NegativeInfinityGetsZeroWeight()
    {
        var y = new float[3];
        Softmax.Forward([float.NegativeInfinity, 0f, 0f], 3, 1, y);
        Close([0f, 0.5f, 0.5f], y);
    }
}
