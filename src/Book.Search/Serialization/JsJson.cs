using System.Text;

namespace Book.Search.Serialization;

/// <summary>String quoting exactly as <c>JSON.stringify</c> (ES2019 well-formed) writes it.</summary>
public static class JsJson
{
    // Everything JSON.stringify may escape: control characters, quote, backslash, any surrogate.
    private static readonly System.Buffers.SearchValues<char> MayEscape = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\\" +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>False when the string is written as is between quotes (the common case).</summary>
    public static bool NeedsEscaping(string value) => value.AsSpan().ContainsAny(MayEscape);

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
