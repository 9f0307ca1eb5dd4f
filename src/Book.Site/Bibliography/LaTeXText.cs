using System.Text;

namespace Book.Site.Bibliography;

/// <summary>
/// Converts the LaTeX of BibTeX values to the Unicode text a reader sees: accents (<c>{\"o}</c>,
/// <c>\'e</c>, <c>\v{c}</c>), special letters (<c>{\ss}</c>, <c>\o</c>), escapes (<c>\&amp;</c>, <c>\%</c>),
/// <c>--</c>/<c>---</c> dashes, <c>~</c> as a no-break space; protective braces and formatting commands
/// (<c>\emph{x}</c> → x) disappear; whitespace runs collapse to one space.
/// </summary>
public static class LaTeXText
{
    // Combining marks for accent commands; AccentTable composes them with their letter.
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["\""] = '\u0308', ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["~"] = '\u0303',
        ["="] = '\u0304', ["."] = '\u0307', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B',
        ["c"] = '\u0327', ["k"] = '\u0328', ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ",
        ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…", ["textregistered"] = "®",
        ["texttrademark"] = "™", ["copyright"] = "©", ["textasciitilde"] = "~", ["textbackslash"] = "\\",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["times"] = "×", ["alpha"] = "α", ["beta"] = "β",
        ["mu"] = "μ", ["pi"] = "π", ["textquotesingle"] = "'", ["textunderscore"] = "_",
    };

    public static string ToUnicode(string latex)
    {
        if (latex.AsSpan().IndexOfAny("\\{}~-$`'\n\r\t") < 0 && !latex.Contains("  ", StringComparison.Ordinal))
        {
            return latex.Trim();
        }

        var output = new StringBuilder(latex.Length);
        Append(latex, output);
        return CollapseWhitespace(output.ToString());
    }

    private static void Append(string s, StringBuilder output)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '{' or '}' or '$':
                    break; // protective braces and math shifts carry no text
                case '~':
                    output.Append('\u00A0');
                    break;
                case '-' when At(s, i, "---"):
                    output.Append('—');
                    i += 2;
                    break;
                case '-' when At(s, i, "--"):
                    output.Append('–');
                    i += 1;
                    break;
                case '`' when At(s, i, "``"):
                    output.Append('“');
                    i += 1;
                    break;
                case '\'' when At(s, i, "''"):
                    output.Append('”');
                    i += 1;
                    break;
                case '\\':
                    i = AppendCommand(s, i, output);
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    /// <summary>Handles the command starting at the backslash at <paramref name="i"/>; returns the last index consumed.</summary>
    private static int AppendCommand(string s, int i, StringBuilder output)
    {
        if (i + 1 >= s.Length)
        {
            return i;
        }

        var next = s[i + 1];
        if (!char.IsAsciiLetter(next))
        {
            var symbol = next.ToString();
            if (Accents.TryGetValue(symbol, out var mark))
            {
                return AppendAccented(s, i + 2, mark, output);
            }

            // \& \% \$ \# \_ \{ \} and "\ " are the character itself; \\ is a line break.
            output.Append(next == '\\' ? ' ' : next);
            return i + 1;
        }

        var end = i + 1;
        while (end < s.Length && char.IsAsciiLetter(s[end]))
        {
            end++;
        }

        var name = s[(i + 1)..end];
        if (Accents.TryGetValue(name, out var letterMark) && name.Length == 1)
        {
            return AppendAccented(s, SkipSpaces(s, end), letterMark, output);
        }

        if (Symbols.TryGetValue(name, out var text))
        {
            output.Append(text);
        }

        // Other commands (\emph, \textbf, \url, …) vanish; their {argument} stays as text.
        // A space after a control word only terminates it.
        return (end < s.Length && s[end] == ' ' ? end : end - 1);
    }

    private static int AppendAccented(string s, int argStart, char mark, StringBuilder output)
    {
        if (argStart >= s.Length)
        {
            return s.Length - 1;
        }

        int last;
        string argument;
        if (s[argStart] == '{')
        {
            var close = s.IndexOf('}', argStart);
            close = close < 0 ? s.Length : close;
            argument = s[(argStart + 1)..close];
            last = close;
        }
        else if (s[argStart] == '\\')
        {
            // \"\i: the accent applies to a dotless i or j command.
            var end = argStart + 1;
            while (end < s.Length && char.IsAsciiLetter(s[end]))
            {
                end++;
            }

            argument = s[argStart..end];
            last = end - 1;
        }
        else
        {
            argument = s[argStart].ToString();
            last = argStart;
        }

        var inner = new StringBuilder();
        Append(argument, inner);
        var letters = inner.ToString();
        if (letters is "ı")
        {
            letters = "i"; // {\'\i} means í; the dotless form only existed to carry the accent
        }
        else if (letters is "ȷ")
        {
            letters = "j";
        }

        output.Append(letters.Length > 0 ? AccentTable.Compose(letters[0], mark) + letters[1..] : mark.ToString());
        return last;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool At(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;

    private static string CollapseWhitespace(string s)
    {
        var output = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
