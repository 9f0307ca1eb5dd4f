using System.Text;

namespace Book.Search.Serialization;

/// <summary>String quoting exactly as <c>JSON.stringify</c> (ES2019 well-formed) writes it.</summary>
public static class JsJson
{
    /// <summary>False when the string is written as is between quotes (the common case).</summary>
    /// <remarks>
    /// Everything JSON.stringify may escape: control characters, quote, backslash, any surrogate. A plain
    /// loop over (short) terms and refs, not a SearchValues set, whose vector code ReadyToRun leaves to the JIT.
    /// </remarks>
    public static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c == '"' || c == '\\' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    public static void AppendString(StringBuilder builder, string value)
    {
        if (!NeedsEscaping(value))
        {
            builder.Append('"').Append(value).Append('"');
            return;
        }

        builder.Append('"');
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ when char.IsSurrogate(c) && !IsPairedSurrogate(value, i) => $"\\u{(int)c:x4}",
                _ => null,
            };
            if (escape is null)
            {
                if (char.IsHighSurrogate(c))
                {
                    i++;
                }

                continue;
            }

            builder.Append(value, runStart, i - runStart).Append(escape);
            runStart = i + 1;
        }

        builder.Append(value, runStart, value.Length - runStart).Append('"');
    }

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    private static bool IsPairedSurrogate(string s, int i) =>
        char.IsHighSurrogate(s[i])
            ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
