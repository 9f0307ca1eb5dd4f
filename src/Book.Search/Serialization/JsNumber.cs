using System.Globalization;
using System.Text;

namespace Book.Search.Serialization;

/// <summary>
/// <c>Number.prototype.toString()</c> (ECMA-262 Number::toString): the shortest digits that round-trip,
/// written plainly for exponents -7 &lt; n ≤ 21 and as <c>1.5e-7</c> / <c>1e+21</c> outside. .NET's "R"
/// gives the same shortest digits but another layout, so only the layout is redone here.
/// </summary>
public static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            // JSON.stringify writes null for non-finite numbers.
            return "null";
        }

        if (value == 0)
        {
            return "0";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        if (TryFormatMillis(value) is { } millis)
        {
            return millis;
        }

        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = r[0] == '-';
        if (negative)
        {
            r = r[1..];
        }

        var exponentAt = r.IndexOfAny(['E', 'e']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(r[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? r : r[..exponentAt];
        var point = mantissa.IndexOf('.');
        var intDigits = point < 0 ? mantissa.Length : point;
        var digits = (point < 0 ? mantissa : mantissa.Remove(point, 1)).TrimStart('0');
        var leadingZeros = (point < 0 ? mantissa : mantissa.Remove(point, 1)).Length - digits.Length;
        digits = digits.TrimEnd('0');

        // value = 0.d1d2...dk × 10^n
        var n = intDigits - leadingZeros + exponent;
        var k = digits.Length;
        var builder = new StringBuilder(k + 8);
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            builder.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    // Fast path for lunr's weights, k / 1000: a decimal with at most 3 fractional digits and few
    // significant digits is the only shortest decimal that rounds to the double nearest it.
    private static string? TryFormatMillis(double value)
    {
        if (!TryMillis(value, out var millis))
        {
            return null;
        }

        Span<byte> buffer = stackalloc byte[MillisLength(millis)];
        WriteMillis(millis, buffer);
        return Encoding.ASCII.GetString(buffer);
    }

    /// <summary>
    /// True when <paramref name="value"/> is exactly the double nearest some k / 1000 (what lunr's rounded
    /// weights are), with k in <paramref name="millis"/>; false for 0 and values this path does not cover.
    /// </summary>
    internal static bool TryMillis(double value, out long millis)
    {
        var scaled = Math.Round(value * 1000);
        if (!(Math.Abs(scaled) < 1e15) || scaled / 1000 != value || value == 0)
        {
            millis = 0;
            return false;
        }

        millis = (long)scaled;
        return true;
    }

    /// <summary>The length of k / 1000 as <see cref="WriteMillis"/> writes it: sign, whole part, up to three decimals without trailing zeros.</summary>
    internal static int MillisLength(long millis)
    {
        var length = millis < 0 ? 1 : 0;
        var magnitude = Math.Abs(millis);
        length += DigitCount(magnitude / 1000);
        var fraction = (int)(magnitude % 1000);
        return fraction == 0 ? length : length + (fraction % 10 != 0 ? 4 : fraction % 100 != 0 ? 3 : 2);
    }

    /// <summary>Writes k / 1000 into exactly <see cref="MillisLength"/> bytes; digits by hand, so nothing here waits for the JIT in a cold process.</summary>
    internal static int WriteMillis(long millis, Span<byte> destination)
    {
        var length = MillisLength(millis);
        var written = 0;
        if (millis < 0)
        {
            destination[written++] = (byte)'-';
        }

        var magnitude = Math.Abs(millis);
        var whole = magnitude / 1000;
        var end = written + DigitCount(whole);
        for (var at = end - 1; at >= written; at--)
        {
            destination[at] = (byte)('0' + (whole % 10));
            whole /= 10;
        }

        written = end;
        var fraction = (int)(magnitude % 1000);
        if (written < length)
        {
            destination[written++] = (byte)'.';
            destination[written++] = (byte)('0' + (fraction / 100));
            if (written < length)
            {
                destination[written++] = (byte)('0' + (fraction / 10 % 10));
            }

            if (written < length)
            {
                destination[written++] = (byte)('0' + (fraction % 10));
            }
        }

        return written;
    }

    internal static int DigitCount(long value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }
}
