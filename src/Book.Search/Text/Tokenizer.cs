namespace Book.Search.Text;

/// <summary>
/// lunr.tokenizer (2.3.9): lower-case the whole text, then split on runs of <c>[\s\-]</c>.
/// Nothing else is a separator: "e.g." or "int8/fp16" stay whole, and the trimmer cleans the edges.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var str = JsText.ToLower(text);
        var sliceStart = 0;
        for (var sliceEnd = 0; sliceEnd <= str.Length; sliceEnd++)
        {
            if (sliceEnd < str.Length && !IsSeparator(str[sliceEnd]))
            {
                continue;
            }

            var sliceLength = sliceEnd - sliceStart;
            if (sliceLength > 0)
            {
                tokens.Add(new Token(str.Substring(sliceStart, sliceLength), sliceStart, sliceLength, tokens.Count));
            }

            sliceStart = sliceEnd + 1;
        }

        return tokens;
    }

    public static bool IsSeparator(char c) => c == '-' || JsText.IsWhiteSpace(c);

    /// <summary>The separators as a vectorised search set: most of a text is not separators.</summary>
    public static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(
        "-\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");

    /// <summary>The next separator at or after <paramref name="from"/>, or the string's length.</summary>
    public static int NextSeparator(string str, int from)
    {
        var at = str.AsSpan(from).IndexOfAny(Separators);
        return at < 0 ? str.Length : from + at;
    }
}
