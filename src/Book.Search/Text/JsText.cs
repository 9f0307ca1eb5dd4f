using System.Text;

namespace Book.Search.Text;

/// <summary>String rules of JavaScript that lunr.js depends on, reproduced for UTF-16 strings.</summary>
public static class JsText
{
    /// <summary>JS <c>\s</c>: WhiteSpace and LineTerminator code points of ECMA-262.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' => true,
        >= '\u2000' and <= '\u200a' => true,
        '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff' => true,
        _ => false,
    };

    /// <summary>JS <c>\w</c> (without the u flag): ASCII letters, digits and underscore only.</summary>
    public static bool IsWordChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    /// <summary>
    /// <c>String.prototype.toLowerCase</c>: the invariant lower-case mapping plus the two rules of Unicode
    /// SpecialCasing that JavaScript applies and .NET does not (İ becomes i + combining dot; a final
    /// capital sigma becomes ς). Both change token positions or terms, so they matter for byte identity.
    /// </summary>
    public static string ToLower(string s)
    {
        var lowered = s.ToLowerInvariant();
        if (s.AsSpan().IndexOfAny('\u0130', '\u03a3') < 0)
        {
            return lowered;
        }

        var builder = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\u0130')
            {
                builder.Append("i\u0307");
            }
            else if (c == '\u03a3')
            {
                builder.Append(IsFinalSigma(s, i) ? '\u03c2' : '\u03c3');
            }
            else
            {
                builder.Append(lowered[i]);
            }
        }

        return builder.ToString();
    }

    // Unicode Final_Sigma: a cased letter before (skipping case-ignorable marks) and none after.
    private static bool IsFinalSigma(string s, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(s[before]))
        {
            before--;
        }

        if (before < 0 || !char.IsLetter(s[before]))
        {
            return false;
        }

        var after = at + 1;
        while (after < s.Length && IsCaseIgnorable(s[after]))
        {
            after++;
        }

        return after >= s.Length || !char.IsLetter(s[after]);
    }

    private static bool IsCaseIgnorable(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return c is '\'' or '.' or ':' or '\u00b7' or '\u2019'
            || category is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.EnclosingMark
                or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.ModifierLetter
                or System.Globalization.UnicodeCategory.ModifierSymbol;
    }
}
