using Book.Grader.Runner.Execution;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Units;

/// <summary>The benchmark's arrays are cache-line aligned copies, whatever was allocated before.</summary>
[Collection(AloneCollection.Name)]
public sealed class ArrayPlacementTests
{
    [Fact]
    public void Arrays_are_cache_line_aligned_copies()
    {
        var junk = new List<byte[]>();
        for (var round = 0; round < 8; round++)
        {
            junk.Add(GC.AllocateUninitializedArray<byte>(round * 1000 + 7, pinned: true));
            object[] arguments = [Enumerable.Range(0, 1 << 20).Select(i => (float)i).ToArray(), new sbyte[] { 1, -2, 3 }, 42, new byte[(1 << 18) + round]];
            foreach (var argument in arguments)
            {
                var placed = ArrayPlacement.Place(argument);
                if (argument is Array source)
                {
                    var array = Assert.IsAssignableFrom<Array>(placed);
                    Assert.Equal(source.GetType(), array.GetType());
                    Assert.Equal(0, ArrayPlacement.Misalignment(array));
                    Assert.Equal(source.Cast<object>(), array.Cast<object>());
                }
                else
                {
                    Assert.Equal(argument, placed);
                }
            }
        }

        Assert.NotEmpty(junk);
    }
}
