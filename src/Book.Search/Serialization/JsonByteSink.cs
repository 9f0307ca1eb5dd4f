namespace Book.Search.Serialization;

/// <summary>Writes a layout's UTF-8 bytes into an array sized by <see cref="JsonLengthSink"/>, from <see cref="Position"/> on.</summary>
internal struct JsonByteSink(byte[] destination, int position) : IJsonSink
{
    private readonly byte[] _destination = destination;

    public int Position { get; private set; } = position;

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_destination.AsSpan(Position));
        Position += bytes.Length;
    }

    public void String(string value) => Position += Utf8Json.WriteQuoted(value, _destination.AsSpan(Position));

    public void Integer(int value)
    {
        value.TryFormat(_destination.AsSpan(Position), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        Position += written;
    }

    public void Number(double value)
    {
        // The array is exact, so a number at its very end has no room for the scratch-sized write.
        var free = _destination.Length - Position;
        if (free >= Utf8Json.MaxNumberLength)
        {
            Position += Utf8Json.WriteNumber(value, _destination.AsSpan(Position));
            return;
        }

        Span<byte> scratch = stackalloc byte[Utf8Json.MaxNumberLength];
        Raw(scratch[..Utf8Json.WriteNumber(value, scratch)]);
    }
}
