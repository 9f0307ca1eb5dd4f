namespace Book.Search.Serialization;

/// <summary>
/// Where the index serializer's layout goes: <see cref="JsonLengthSink"/> counts the UTF-8 bytes and
/// <see cref="JsonByteSink"/> writes them. One layout with two sinks (generic over structs, so no virtual
/// calls) is what lets the output be sized exactly before a byte is written, and never disagree.
/// </summary>
internal interface IJsonSink
{
    /// <summary>Bytes that are already JSON (punctuation, keys, pre-quoted strings).</summary>
    void Raw(ReadOnlySpan<byte> bytes);

    /// <summary>A JSON string literal, quoted and escaped as <c>JSON.stringify</c> does.</summary>
    void String(string value);

    void Integer(int value);

    /// <summary>A JS number as <c>Number.prototype.toString</c> writes it.</summary>
    void Number(double value);
}
