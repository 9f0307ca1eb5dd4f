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
}
