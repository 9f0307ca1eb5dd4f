using System.Buffers.Binary;

namespace Book.Grader.Runner.Protocol;

/// <summary>
/// Length-prefixed frames on a byte stream: a 4-byte little-endian length, then the payload.
/// A frame longer than <see cref="MaxFrameBytes"/> is a protocol violation, so a corrupted or
/// hostile stream cannot make the reader allocate without bound.
/// </summary>
public static class Frames
{
    public const int MaxFrameBytes = 1 << 30;

    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        stream.Write(header);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>The next payload, or null at end of stream.</summary>
    public static byte[]? Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[4];
        if (!ReadExactly(stream, header))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || length > MaxFrameBytes)
        {
            throw new InvalidDataException($"frame length {length} out of range");
        }

        var payload = new byte[length];
        return ReadExactly(stream, payload) ? payload : throw new InvalidDataException("stream ended inside a frame");
    }

    private static bool ReadExactly(Stream stream, Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer[read..]);
            if (n == 0)
            {
                return read == 0 && buffer.Length > 0 ? false : throw new InvalidDataException("stream ended inside a frame");
            }

            read += n;
        }

        return true;
    }
}
