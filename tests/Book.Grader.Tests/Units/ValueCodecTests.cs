using Book.Grader.Runner.Protocol;

namespace Book.Grader.Tests.Units;

/// <summary>
/// The wire codec must keep the exact element type: the CLR lets a byte[] pass an `is sbyte[]` test
/// (and ushort[]/short[], uint[]/int[]), which once sent every uint8 output back as int8.
/// </summary>
public sealed class ValueCodecTests
{
    public static IEnumerable<object[]> Values() =>
    [
        [new byte[] { 0, 127, 128, 255 }],
        [new sbyte[] { -128, -1, 0, 127 }],
        [new ushort[] { 0, 32768, 65535 }],
        [new short[] { short.MinValue, -1, short.MaxValue }],
        [new uint[] { 0, 0x8000_0000, uint.MaxValue }],
        [new int[] { int.MinValue, -1, int.MaxValue }],
        [new long[] { long.MinValue, 42 }],
        [new float[] { float.NaN, -0f, float.PositiveInfinity, 1.5f }],
        [new double[] { double.Epsilon, -2.25 }],
        [new Half[] { Half.MaxValue, (Half)0.5f }],
        [7], [7L], [2.5f], [2.5], [true],
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void Round_trip_keeps_the_exact_type_and_the_values(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ValueCodec.WriteAll(writer, [value, value]);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = ValueCodec.ReadAll(reader);

        Assert.Equal(2, read.Length);
        Assert.All(read, r => Assert.Equal(value.GetType(), r.GetType()));
        Assert.All(read, r => Assert.Equal(value, r));
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void An_unsigned_array_seen_through_a_signed_type_test_is_still_sent_unsigned()
    {
        // The covariance the codec guards against, shown: this is why it compares types exactly.
        object bytes = new byte[] { 200 };
        Assert.True(bytes is sbyte[]);

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ValueCodec.Write(writer, bytes);
        }

        stream.Position = 0;
        var read = ValueCodec.Read(new BinaryReader(stream));
        Assert.Equal(typeof(byte[]), read.GetType());
        Assert.Equal((byte)200, ((byte[])read)[0]);
    }
}
