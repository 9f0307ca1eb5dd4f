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

    public void Integer(int value) => Position += Utf8Json.WriteInteger(value, _destination.AsSpan(Position));

    public void Number(double value) => Position += Utf8Json.WriteNumber(value, _destination.AsSpan(Position));
}
