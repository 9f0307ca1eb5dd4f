using Book.Core.Exercises;
using Book.Grader.Checking;

namespace Book.Grader.Tests.Units;

public sealed class CompareOutputsTests
{
    private static readonly string[] _y = ["y"];

    [Fact]
    public void Integers_must_be_exact_and_mismatches_name_index_expected_and_got()
    {
        var check = CompareOutputs.Compare(_y, [new sbyte[] { 1, 2, 3 }], [new sbyte[] { 1, 9, 3 }], new Tolerance(1, 1, 100));

        Assert.False(check.Passed);
        Assert.Equal(1, check.WrongCount);
        Assert.Equal(new Mismatch("y", 1, "2", "9"), Assert.Single(check.First));
    }

    [Fact]
    public void Floats_pass_within_absolute_plus_relative_tolerance()
    {
        var tolerance = new Tolerance(1e-6, 1e-3, 0);
        Assert.True(CompareOutputs.Compare(_y, [new[] { 1000f, 0f }], [new[] { 1000.9f, 5e-7f }], tolerance).Passed);
        Assert.False(CompareOutputs.Compare(_y, [new[] { 1000f }], [new[] { 1001.5f }], tolerance).Passed);
    }

    [Fact]
    public void Floats_pass_within_ulps()
    {
        var one = 1f;
        var twoUlpsUp = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(one) + 2);
        Assert.True(CompareOutputs.Compare(_y, [new[] { one }], [new[] { twoUlpsUp }], new Tolerance(0, 0, 2)).Passed);
        Assert.False(CompareOutputs.Compare(_y, [new[] { one }], [new[] { twoUlpsUp }], new Tolerance(0, 0, 1)).Passed);

        // Across zero: -0 and the smallest positive subnormal are one ULP apart.
        Assert.True(CompareOutputs.Compare(_y, [new[] { -0f }], [new[] { float.Epsilon }], new Tolerance(0, 0, 1)).Passed);
    }

    [Fact]
    public void NaN_matches_only_NaN_and_infinities_must_be_exact()
    {
        var loose = new Tolerance(1e30, 1, 1000);
        Assert.True(CompareOutputs.Compare(_y, [new[] { float.NaN, float.PositiveInfinity }], [new[] { float.NaN, float.PositiveInfinity }], loose).Passed);
        Assert.False(CompareOutputs.Compare(_y, [new[] { float.NaN }], [new[] { 0f }], loose).Passed);
        Assert.False(CompareOutputs.Compare(_y, [new[] { float.PositiveInfinity }], [new[] { float.MaxValue }], loose).Passed);
    }

    [Fact]
    public void Shows_at_most_five_mismatches_but_counts_all()
    {
        var check = CompareOutputs.Compare(_y, [new int[100]], [Enumerable.Range(1, 100).ToArray()], Tolerance.Exact);
        Assert.Equal(5, check.First.Count);
        Assert.Equal(100, check.WrongCount);
    }

    [Fact]
    public void Wrong_length_is_a_problem_not_a_crash()
    {
        var check = CompareOutputs.Compare(_y, [new float[3]], [new float[2]], Tolerance.Exact);
        Assert.False(check.Passed);
        Assert.Contains("2 elements; expected 3", check.Problem);
    }

    [Fact]
    public void Unsigned_bytes_are_compared_as_unsigned_and_never_taken_for_signed_ones()
    {
        var check = CompareOutputs.Compare(_y, [new byte[] { 200, 255 }], [new byte[] { 200, 128 }], new Tolerance(0, 0, 0));
        Assert.Equal(new Mismatch("y", 1, "255", "128"), Assert.Single(check.First));

        Assert.True(CompareOutputs.Compare(_y, [new byte[] { 200 }], [new byte[] { 200 }], new Tolerance(0, 0, 0)).Passed);

        // A signed array where an unsigned one is expected is a wrong type, whatever the bits.
        var wrongType = CompareOutputs.Compare(_y, [new byte[] { 200 }], [(object)new sbyte[] { -56 }], new Tolerance(0, 0, 0));
        Assert.False(wrongType.Passed);
        Assert.Contains("SByte[]", wrongType.Problem);
    }
}
