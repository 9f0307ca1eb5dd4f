namespace Kernels.Tests;

/// <summary>Small attention steps worked out by hand (ONNX Attention semantics).</summary>
public class AttentionTests
{
    private static void Close(float[] expected, float[] actual, float tolerance = 1e-5f)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}]: expected {expected[i]}, got {actual[i]}");
        }
    }

    [Fact]
    public void DecodeStepAppendsToTheCacheAndAttends()
    {
        // One head of size 2; one cached position and one new one. Scores q·k = [1, 0] (scale 1),
        // weights softmax = [e/(e+1), 1/(e+1)], output = weights · [[1, 2], [3, 4]].
        var y = new float[2];
        var presentKey = new float[4];
        var presentValue = new float[4];
        Attention.Attend([1f, 0f], [0f, 1f], [3f, 4f], [1f, 0f], [1f, 2f], [], 1, 1, 1, 1, 1, 1, 2, 2, 1f, 0f, false, y, presentKey, presentValue);
        Assert.Equal(new[] { 1f, 0f, 0f, 1f }, presentKey);
        Assert.Equal(new[] { 1f, 2f, 3f, 4f }, presentValue);
        Close([1.5378828f, 2.5378828f], y);
    }

    [Fact]
    public void CausalMaskIsUpperLeftAligned()
    {
        // Two queries, two keys with equal scores: query 0 sees key 0 only, query 1 sees both.
        var y = new float[2];
        Attention.Attend([1f, 1f], [0f, 0f], [2f, 4f], [], [], [], 1, 1, 1, 2, 2, 0, 1, 1, 1f, 0f, true, y, new float[2], new float[2]);
        Close([2f, 3f], y);
    }

    [Fact]
    public void AdditiveMaskWithNegativeInfinityRemovesAKey()
    {
        var y = new float[1];
        Attention.Attend([1f], [5f], [7f], [1f], [3f], [0f, float.NegativeInfinity], 1, 1, 1, 1, 1, 1, 1, 1, 1f, 0f, false, y, new float[2], new float[2]);
        Close([3f], y);
    }

    [Fact]
    public void GroupedQueryHeadsShareTheirKvHead()
    {
        // Two query heads over one kv head: both read the same single cached value.
        var y = new float[2];
        Attention.Attend([1f, -1f], [], [], [2f], [9f], [], 1, 2, 1, 1, 0, 1, 1, 1, 1f, 0f, false, y, new float[1], new float[1]);
        Close([9f, 9f], y);
    }
}
