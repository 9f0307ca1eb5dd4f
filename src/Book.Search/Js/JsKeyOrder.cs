namespace Book.Search.Js;

/// <summary>
/// The order in which JavaScript enumerates an object's own string keys (ECMA-262 OrdinaryOwnPropertyKeys):
/// array-index keys ("0", "17") ascending first, then every other key in insertion order. lunr.js walks
/// objects with <c>Object.keys</c>, so refs such as "7" or terms such as "3" change both what
/// <c>JSON.stringify</c> writes and the order in which queries visit documents.
/// </summary>
public static class JsKeyOrder
{
    /// <summary>True when <paramref name="key"/> is a canonical array index: 0 .. 2^32 - 2, no leading zeros.</summary>
    public static bool IsArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10)
        {
            return false;
        }

        if (key[0] == '0')
        {
            return key.Length == 1;
        }

        ulong value = 0;
        foreach (var c in key)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        return value < uint.MaxValue;
    }

    /// <summary>Array-index value of a key for which <see cref="IsArrayIndex"/> holds.</summary>
    public static uint IndexValue(string key) => uint.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
}
