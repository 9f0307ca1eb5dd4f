using System.Text;

namespace Book.Search.Serialization;

/// <summary>JSON strings and JS numbers written straight to UTF-8, as <see cref="JsJson"/> and <see cref="JsNumber"/> write them as text.</summary>
internal static class Utf8Json
{
    /// <summary>The UTF-8 length of <paramref name="value"/> quoted (and escaped when it needs it).</summary>
    public static int QuotedLength(string value)
    {
        if (JsJson.NeedsEscaping(value))
        {
            return Encoding.UTF8.GetByteCount(JsJson.Quote(value));
        }

        // Without escapes there are no lone surrogates either, so the count is of well-formed text.
        return Ascii.IsValid(value) ? value.Length + 2 : Encoding.UTF8.GetByteCount(value) + 2;
    }

    /// <summary>Writes <paramref name="value"/> quoted into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int WriteQuoted(string value, Span<byte> destination)
    {
        if (JsJson.NeedsEscaping(value))
        {
            return Encoding.UTF8.GetBytes(JsJson.Quote(value), destination);
        }

        destination[0] = (byte)'"';
        var written = 1 + Encoding.UTF8.GetBytes(value, destination[1..]);
        destination[written] = (byte)'"';
        return written + 1;
    }

    /// <summary><paramref name="value"/> quoted, as its own array (for strings written many times over).</summary>
    public static byte[] Quoted(string value, ReadOnlySpan<byte> suffix = default)
    {
        var bytes = new byte[QuotedLength(value) + suffix.Length];
        suffix.CopyTo(bytes.AsSpan(WriteQuoted(value, bytes)));
        return bytes;
    }

    public static int IntegerLength(int value) =>
        value < 0 ? 1 + JsNumber.DigitCount(-(long)value) : JsNumber.DigitCount(value);

    /// <summary>Writes <paramref name="value"/> in decimal; returns the bytes written (<see cref="IntegerLength"/>).</summary>
    public static int WriteInteger(int value, Span<byte> destination)
    {
        var written = 0;
        long magnitude = value;
        if (magnitude < 0)
        {
            destination[written++] = (byte)'-';
            magnitude = -magnitude;
        }

        var end = written + JsNumber.DigitCount(magnitude);
        for (var at = end - 1; at >= written; at--)
        {
            destination[at] = (byte)('0' + (magnitude % 10));
            magnitude /= 10;
        }

        return end;
    }

    /// <summary>The length of a JS number as <see cref="WriteNumber"/> writes it.</summary>
    public static int NumberLength(double value) =>
        JsNumber.TryMillis(value, out var millis) ? JsNumber.MillisLength(millis) : JsNumber.Format(value).Length;

    /// <summary>Writes a JS number (<see cref="JsNumber.Format"/>) into <paramref name="destination"/>; returns the bytes written (<see cref="NumberLength"/>).</summary>
    public static int WriteNumber(double value, Span<byte> destination) =>
        JsNumber.TryMillis(value, out var millis)
            ? JsNumber.WriteMillis(millis, destination)
            : Encoding.ASCII.GetBytes(JsNumber.Format(value), destination);
}
