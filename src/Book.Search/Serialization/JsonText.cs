using System.Buffers;
using System.Globalization;

namespace Book.Search.Serialization;

/// <summary>
/// A growable char buffer for writing JSON the way <c>JSON.stringify</c> does, without the per-value
/// strings and chunk hopping of a StringBuilder: an index is megabytes of small numbers and short keys.
/// The buffer is rented; <see cref="ToString"/> copies the text out and <see cref="Dispose"/> returns it.
/// </summary>
internal sealed class JsonText : IDisposable
{
    private char[] _buffer;
    private int _length;

    public JsonText(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 256));
    }

    public JsonText Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
        return this;
    }

    public JsonText Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    public JsonText Append(int value)
    {
        if (_length + 11 > _buffer.Length)
        {
            Grow(11);
        }

        value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>A JS number as <c>Number.prototype.toString</c> writes it.</summary>
    public JsonText AppendNumber(double value)
    {
        if (_length + 32 > _buffer.Length)
        {
            Grow(32);
        }

        if (JsNumber.TryFormatMillis(value, _buffer.AsSpan(_length), out var written))
        {
            _length += written;
            return this;
        }

        return Append(JsNumber.Format(value));
    }

    /// <summary>A JSON string literal, quoted and escaped as <c>JSON.stringify</c> does.</summary>
    public JsonText AppendString(string value)
    {
        if (JsJson.NeedsEscaping(value))
        {
            return Append(JsJson.Quote(value));
        }

        if (_length + value.Length + 2 > _buffer.Length)
        {
            Grow(value.Length + 2);
        }

        _buffer[_length++] = '"';
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
        _buffer[_length++] = '"';
        return this;
    }

    public int Length => _length;

    public void CopyTo(Span<char> destination) => _buffer.AsSpan(0, _length).CopyTo(destination);

    public int Utf8Length => System.Text.Encoding.UTF8.GetByteCount(_buffer.AsSpan(0, _length));

    /// <summary>Writes the text as UTF-8 into <paramref name="destination"/>; returns the bytes written.</summary>
    public int EncodeUtf8(Span<byte> destination) => System.Text.Encoding.UTF8.GetBytes(_buffer.AsSpan(0, _length), destination);

    public override string ToString() => new(_buffer, 0, _length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
