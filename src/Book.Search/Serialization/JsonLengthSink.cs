namespace Book.Search.Serialization;

/// <summary>Counts the UTF-8 bytes a layout would write (the serializer's first pass).</summary>
internal struct JsonLengthSink : IJsonSink
{
    public long Length { get; private set; }

    public void Raw(ReadOnlySpan<byte> bytes) => Length += bytes.Length;

    public void String(string value) => Length += Utf8Json.QuotedLength(value);

    public void Integer(int value) => Length += Utf8Json.IntegerLength(value);

    public void Number(double value) => Length += Utf8Json.NumberLength(value);
}
