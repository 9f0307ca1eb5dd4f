using System.Text;

namespace Book.Search.Serialization;

/// <summary>JSON strings and JS numbers written straight to UTF-8, as <see cref="JsJson"/> and <see cref="JsNumber"/> write them as text.</summary>
internal static class Utf8Json
{
    /// <summary>Room enough for any number <see cref="JsNumber.Format"/> writes (e.g. <c>-1.2345678901234567e-300</c>).</summary>
    public const int MaxNumberLength = 32;

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

    public static int IntegerLength(int value)
    {
        if (value < 0)
        {
            return value == int.MinValue ? 11 : 1 + IntegerLength(-value);
        }

        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    /// <summary>Writes a JS number (<see cref="JsNumber.Format"/>) into <paramref name="destination"/>, which has <see cref="MaxNumberLength"/> bytes of room.</summary>
    public static int WriteNumber(double value, Span<byte> destination)
    {
        if (JsNumber.TryFormatMillis(value, destination, out var written))
        {
            return written;
        }

        return Encoding.ASCII.GetBytes(JsNumber.Format(value), destination);
    }
}
