using System.Text;

namespace Book.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// A small lexer-based highlighter: one pass over the code, emitting HTML-escaped text with
/// <c>&lt;span class="hljs-…"&gt;</c> around tokens. highlight.js class names, so any hljs theme (light or
/// dark) styles the output; no inline styles. It does not parse: it recognises comments, strings,
/// numbers, words and a few per-language forms, which is what readers need to scan code.
/// </summary>
public static class Highlighter
{
    public const string Keyword = "hljs-keyword";
    public const string Type = "hljs-built_in";
    public const string Literal = "hljs-literal";
    public const string String = "hljs-string";
    public const string Number = "hljs-number";
    public const string Comment = "hljs-comment";
    public const string Meta = "hljs-meta";
    public const string Variable = "hljs-variable";
    public const string Attribute = "hljs-attr";

    /// <summary>Returns the highlighted HTML of <paramref name="code"/>; plain escaped text when <paramref name="language"/> is null.</summary>
    public static string Highlight(string code, LanguageDefinition? language)
    {
        var output = new StringBuilder(code.Length + code.Length / 2);
        if (language is null)
        {
            Escape(output, code.AsSpan());
        }
        else
        {
            new Lexer(code, language, output).Run();
        }

        return output.ToString();
    }

    internal static void Escape(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    output.Append("&lt;");
                    break;
                case '>':
                    output.Append("&gt;");
                    break;
                case '&':
                    output.Append("&amp;");
                    break;
                case '"':
                    output.Append("&quot;");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    private sealed class Lexer(string code, LanguageDefinition language, StringBuilder output)
    {
        private int _pos;
        private bool _lineStart = true;

        public void Run()
        {
            while (_pos < code.Length)
            {
                var c = code[_pos];
                if (c == '\n')
                {
                    output.Append('\n');
                    _pos++;
                    _lineStart = true;
                    continue;
                }

                if (c is ' ' or '\t' or '\r')
                {
                    output.Append(c);
                    _pos++;
                    continue;
                }

                var atLineStart = _lineStart;
                _lineStart = false;
                if (!TryToken(atLineStart))
                {
                    Escape(output, code.AsSpan(_pos, 1));
                    _pos++;
                }
            }
        }

        private bool TryToken(bool atLineStart)
        {
            var c = code[_pos];
            if (atLineStart && language.PreprocessorLines && c == '#')
            {
                return Emit(Meta, LineEnd(_pos));
            }

            if (atLineStart && language.YamlKeys && TryYamlKey())
            {
                return true;
            }

            foreach (var marker in language.LineComments)
            {
                if (At(marker) && (!language.ShellSyntax || _pos == 0 || char.IsWhiteSpace(code[_pos - 1])))
                {
                    return Emit(Comment, LineEnd(_pos));
                }
            }

            if (language.BlockComment is var (open, close) && At(open))
            {
                var end = code.IndexOf(close, _pos + open.Length, StringComparison.Ordinal);
                return Emit(Comment, end < 0 ? code.Length : end + close.Length);
            }

            if (language.ShellSyntax && c == '$' && _pos + 1 < code.Length)
            {
                return TryShellVariable();
            }

            if (language.Decorators && c == '@' && _pos + 1 < code.Length && IsWordStart(code[_pos + 1]))
            {
                return Emit(Meta, WordEnd(_pos + 1));
            }

            if (language.VerbatimStrings && c == '@' && _pos + 1 < code.Length && code[_pos + 1] == '"')
            {
                return Emit(String, VerbatimEnd(_pos + 2));
            }

            if (language.StringQuotes.Contains(c))
            {
                return EmitString(c);
            }

            if (char.IsAsciiDigit(c) || c == '.' && _pos + 1 < code.Length && char.IsAsciiDigit(code[_pos + 1]))
            {
                if (_pos > 0 && IsWordPart(code[_pos - 1]))
                {
                    return false;
                }

                return Emit(Number, NumberEnd(_pos));
            }

            if (IsWordStart(c))
            {
                var end = WordEnd(_pos);
                var word = code[_pos..end];
                var key = language.CaseInsensitiveWords ? word.ToLowerInvariant() : word;
                var cls = language.Keywords.Contains(key) ? Keyword
                    : language.Literals.Contains(key) ? Literal
                    : language.Types.Contains(key) ? Type
                    : null;
                if (cls is null)
                {
                    Escape(output, word.AsSpan());
                    _pos = end;
                    return true;
                }

                return Emit(cls, end);
            }

            return false;
        }

        private bool EmitString(char quote)
        {
            if (language.TripleQuotedStrings && At(new string(quote, 3)))
            {
                var close = code.IndexOf(new string(quote, 3), _pos + 3, StringComparison.Ordinal);
                return Emit(String, close < 0 ? code.Length : close + 3);
            }

            var i = _pos + 1;
            while (i < code.Length && code[i] != quote && (code[i] != '\n' || quote == '`'))
            {
                i += code[i] == '\\' ? 2 : 1;
            }

            var end = Math.Min(i + 1, code.Length);
            if (language.JsonKeys && IsFollowedByColon(end))
            {
                return Emit(Attribute, end);
            }

            return Emit(String, end);
        }

        private bool TryYamlKey()
        {
            // "key:", "- key:", "  nested_key: value"
            var i = _pos;
            var dash = false;
            if (code[i] == '-' && i + 1 < code.Length && code[i + 1] == ' ')
            {
                output.Append("- ");
                _pos += 2;
                i = _pos;
                dash = true;
            }

            var start = i;
            while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] is '_' or '-' or '.' or ' ') && code[i] != '\n')
            {
                i++;
            }

            if (i > start && i < code.Length && code[i] == ':' && (i + 1 == code.Length || code[i + 1] is ' ' or '\n' or '\r'))
            {
                return Emit(Attribute, i);
            }

            return dash; // "- " consumed: the item's value follows as ordinary tokens
        }

        private bool TryShellVariable()
        {
            var next = code[_pos + 1];
            if (next == '{')
            {
                var close = code.IndexOf('}', _pos);
                return Emit(Variable, close < 0 ? LineEnd(_pos) : close + 1);
            }

            if (IsWordStart(next) || char.IsAsciiDigit(next) || next is '@' or '?' or '#' or '*')
            {
                return Emit(Variable, IsWordStart(next) ? WordEnd(_pos + 1) : _pos + 2);
            }

            return false;
        }

        private bool Emit(string cls, int end)
        {
            output.Append("<span class=\"").Append(cls).Append("\">");
            Escape(output, code.AsSpan(_pos, end - _pos));
            output.Append("</span>");
            _pos = end;
            return true;
        }

        private bool At(string text) => string.CompareOrdinal(code, _pos, text, 0, text.Length) == 0;

        private int LineEnd(int from)
        {
            var end = code.IndexOf('\n', from);
            return end < 0 ? code.Length : end;
        }

        private int WordEnd(int from)
        {
            while (from < code.Length && IsWordPart(code[from]))
            {
                from++;
            }

            return from;
        }

        private int VerbatimEnd(int from)
        {
            while (from < code.Length)
            {
                if (code[from] == '"')
                {
                    if (from + 1 < code.Length && code[from + 1] == '"')
                    {
                        from += 2;
                        continue;
                    }

                    return from + 1;
                }

                from++;
            }

            return code.Length;
        }

        private int NumberEnd(int from)
        {
            while (from < code.Length)
            {
                var c = code[from];
                if ((c is 'e' or 'E') && from + 1 < code.Length && code[from + 1] is '+' or '-' && !IsHex(from))
                {
                    from += 2;
                    continue;
                }

                if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '.')
                {
                    break;
                }

                from++;
            }

            return from;
        }

        private bool IsHex(int at)
        {
            var start = at;
            while (start > 0 && char.IsAsciiLetterOrDigit(code[start - 1]))
            {
                start--;
            }

            return at - start >= 2 && code[start] == '0' && code[start + 1] is 'x' or 'X';
        }

        private bool IsFollowedByColon(int from)
        {
            while (from < code.Length && code[from] is ' ' or '\t')
            {
                from++;
            }

            return from < code.Length && code[from] == ':';
        }

        private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';
    }
}
