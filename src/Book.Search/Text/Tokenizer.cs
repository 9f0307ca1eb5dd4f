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

    /// <summary>The next separator at or after <paramref name="from"/>, or the string's length.</summary>
    /// <remarks>
    /// A plain loop, not <c>IndexOfAny(SearchValues)</c>: tokens are a few characters long, so a vector
    /// search has little to skip, and the non-ASCII set's vector code is left to the JIT by ReadyToRun on
    /// AVX-512 machines, so a cold build ran it unoptimised (at tier 0) for every token of the book.
    /// </remarks>
    public static int NextSeparator(string str, int from)
    {
        for (var i = from; i < str.Length; i++)
        {
            var c = str[i];
            if (c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c == '-' || (c >= '\u00a0' && JsText.IsWhiteSpace(c)))
            {
                return i;
            }
        }

        return str.Length;
    }
}
