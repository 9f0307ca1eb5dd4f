namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>
/// Pandoc's citation-key syntax: after '@', a letter, digit or '_', then letters, digits, '_' and
/// internal punctuation <c>:.#$%&amp;-+?&lt;&gt;~/</c> (punctuation counts only when a letter, digit or
/// '_' follows it, so "@key." ends a sentence, not the key). A key is no citation when the '@' follows
/// a letter or digit (an e-mail address) or when it names a cross-reference (<c>sec-</c>, <c>fig-</c>,
/// <c>tbl-</c>, <c>lst-</c>, <c>eq-</c>), which the cross-reference parser owns.
/// </summary>
public static class CitationKey
{
    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    /// <summary>Reads a key starting at <paramref name="from"/> (just after '@'); returns its end (exclusive), or <paramref name="from"/> when there is none.</summary>
    public static int Read(string text, int from, int end)
    {
        if (from >= end || !IsKeyChar(text[from]))
        {
            return from;
        }

        var i = from + 1;
        while (i < end)
        {
            if (IsKeyChar(text[i]))
            {
                i++;
                continue;
            }

            var run = i;
            while (run < end && InternalPunctuation.Contains(text[run]))
            {
                run++;
            }

            if (run == i || run >= end || !IsKeyChar(text[run]))
            {
                break;
            }

            i = run;
        }

        return i;
    }

    /// <summary>True when <paramref name="key"/> is a cross-reference label, not a citation.</summary>
    public static bool IsCrossReference(string key) =>
        key.StartsWith("sec-", StringComparison.Ordinal) || key.StartsWith("fig-", StringComparison.Ordinal)
        || key.StartsWith("tbl-", StringComparison.Ordinal) || key.StartsWith("lst-", StringComparison.Ordinal)
        || key.StartsWith("eq-", StringComparison.Ordinal);

    /// <summary>A citation's '@' may not follow a letter or digit ("me@example.org").</summary>
    public static bool MayStartAfter(char before) => !char.IsLetterOrDigit(before) && before is not ('_' or '\\');

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
