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
        Span<byte> buffer = stackalloc byte[24];
        return TryFormatMillis(value, buffer, out var written) ? Encoding.ASCII.GetString(buffer[..written]) : null;
    }

    /// <summary>
    /// Writes <paramref name="value"/> when it is exactly the double nearest some k / 1000 (what lunr's
    /// rounded weights are); false otherwise, and for integers and values this path does not cover.
    /// </summary>
    internal static bool TryFormatMillis(double value, Span<byte> destination, out int written)
    {
        written = 0;
        var scaled = Math.Round(value * 1000);
        if (!(Math.Abs(scaled) < 1e15) || scaled / 1000 != value || value == 0 || destination.Length < 24)
        {
            return false;
        }

        var k = (long)scaled;
        if (k < 0)
        {
            destination[written++] = (byte)'-';
            k = -k;
        }

        var fraction = (int)(k % 1000);
        (k / 1000).TryFormat(destination[written..], out var whole, default, CultureInfo.InvariantCulture);
        written += whole;
        if (fraction == 0)
        {
            return true;
        }

        destination[written++] = (byte)'.';
        destination[written++] = (byte)('0' + (fraction / 100));
        fraction %= 100;
        if (fraction != 0)
        {
            destination[written++] = (byte)('0' + (fraction / 10));
            fraction %= 10;
            if (fraction != 0)
            {
                destination[written++] = (byte)('0' + fraction);
            }
        }

        return true;
    }
}
