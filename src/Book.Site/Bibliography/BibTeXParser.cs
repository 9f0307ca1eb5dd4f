using System.Text;
using Book.Core.Diagnostics;

namespace Book.Site.Bibliography;

/// <summary>
/// The scanner behind <see cref="ReadBibTeX"/>. Follows BibTeX's own rules: text outside entries is a
/// comment, entries are <c>@type{key, field = value, …}</c> or with parentheses, values are
/// <c>{…}</c>, <c>"…"</c>, numbers or <c>@string</c> macros joined by <c>#</c>. After an error it skips to
/// the next line that starts with '@', so one bad entry costs one entry.
/// </summary>
internal sealed class BibTeXParser(string text, string file, DiagnosticBag diagnostics)
{
    // BibTeX's predefined month macros (plain.bst); Biber expands them the same way.
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly Dictionary<string, string> _macros = CreateMonthMacros();
    private readonly Dictionary<string, BibEntry> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BibEntry> _entries = [];
    private readonly LineMap _lines = new(text);
    private int _pos;

    public List<BibEntry> Run()
    {
        while (SkipToNextAt())
        {
            var start = _pos;
            try
            {
                ParseItem();
            }
            catch (BibSyntaxException e)
            {
                Report(BibliographyCodes.MalformedEntry, e.Position, e.Message);
                _pos = Math.Max(e.Position, start + 1);
                if (!(_pos < text.Length && text[_pos] == '@' && AtLineStart(_pos)))
                {
                    SkipToLineStartingWithAt();
                }
            }
        }

        return _entries;
    }

    private static Dictionary<string, string> CreateMonthMacros()
    {
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Months.Length; i++)
        {
            macros[Months[i][..3]] = Months[i];
        }

        return macros;
    }

    private bool SkipToNextAt()
    {
        var at = text.IndexOf('@', _pos);
        _pos = at < 0 ? text.Length : at;
        return at >= 0;
    }

    private void SkipToLineStartingWithAt()
    {
        while (_pos < text.Length)
        {
            var newline = text.IndexOf('\n', _pos);
            if (newline < 0)
            {
                _pos = text.Length;
                return;
            }

            _pos = newline + 1;
            var p = _pos;
            while (p < text.Length && text[p] is ' ' or '\t')
            {
                p++;
            }

            if (p < text.Length && text[p] == '@')
            {
                _pos = p;
                return;
            }
        }
    }

    private void ParseItem()
    {
        var atPos = _pos;
        _pos++; // '@'
        if (atPos > 0 && char.IsLetterOrDigit(text[atPos - 1]))
        {
            return; // an e-mail address in comment text between entries
        }

        SkipWhitespace();
        var type = ReadIdentifier().ToLowerInvariant();
        if (type.Length == 0)
        {
            // A stray '@' in comment text (an e-mail address, say) is legal BibTeX: ignore it.
            return;
        }

        SkipWhitespace();
        if (type == "comment")
        {
            SkipComment();
            return;
        }

        var open = Peek();
        if (open is not ('{' or '('))
        {
            throw new BibSyntaxException(_pos, $"expected '{{' or '(' after '@{type}', found {Describe(open)}");
        }

        var close = open == '{' ? '}' : ')';
        _pos++;
        SkipWhitespace();
        switch (type)
        {
            case "preamble":
                ReadValue();
                SkipWhitespace();
                Expect(close, "to close @preamble");
                break;
            case "string":
                ParseStringMacro(close);
                break;
            default:
                ParseEntry(type, atPos, close);
                break;
        }
    }

    private void SkipComment()
    {
        // Modern readers (Biber, BibDesk) skip a balanced @comment{…}; plain BibTeX skips the line.
        var open = Peek();
        if (open is '{' or '(')
        {
            var close = open == '{' ? '}' : ')';
            var depth = 0;
            for (; _pos < text.Length; _pos++)
            {
                if (text[_pos] == open)
                {
                    depth++;
                }
                else if (text[_pos] == close && --depth == 0)
                {
                    _pos++;
                    return;
                }
            }

            return;
        }

        var newline = text.IndexOf('\n', _pos);
        _pos = newline < 0 ? text.Length : newline + 1;
    }

    private void ParseStringMacro(char close)
    {
        var namePos = _pos;
        var name = ReadIdentifier();
        if (name.Length == 0)
        {
            throw new BibSyntaxException(namePos, $"expected a macro name in @string, found {Describe(Peek())}");
        }

        SkipWhitespace();
        Expect('=', $"after the macro name '{name}'");
        SkipWhitespace();
        _macros[name] = ReadValue();
        SkipWhitespace();
        Expect(close, "to close @string");
    }

    private void ParseEntry(string type, int atPos, char close)
    {
        var keyPos = _pos;
        var key = ReadKey(close);
        if (key.Length == 0)
        {
            throw new BibSyntaxException(keyPos, $"@{type} entry has no citation key: write '@{type}{{key, …}}'");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        SkipWhitespace();
        while (true)
        {
            if (Peek() == close)
            {
                _pos++;
                break;
            }

            if (Peek() == '@' && AtLineStart(_pos))
            {
                throw new BibSyntaxException(atPos,
                    $"entry '{key}' is not closed before the next entry at line {_lines.LineOf(_pos)}: a '{close}' is missing, perhaps inside one of its values");
            }

            Expect(',', $"after the key or a field of entry '{key}' (is a comma missing?)");
            SkipWhitespace();
            if (Peek() == close)
            {
                _pos++;
                break;
            }

            var fieldPos = _pos;
            var field = ReadIdentifier().ToLowerInvariant();
            if (field.Length == 0)
            {
                throw new BibSyntaxException(fieldPos, $"expected a field name in entry '{key}', found {Describe(Peek())}");
            }

            SkipWhitespace();
            Expect('=', $"after field '{field}' of entry '{key}'");
            SkipWhitespace();
            var value = ReadValue();
            if (!fields.TryAdd(field, value))
            {
                Report(BibliographyCodes.DuplicateField, fieldPos, $"field '{field}' appears twice in entry '{key}'; the first value is kept. Remove one of them.", Severity.Warning);
            }

            SkipWhitespace();
        }

        var entry = new BibEntry(key, type, fields, file, _lines.LineOf(atPos));
        if (_byKey.TryGetValue(key, out var first))
        {
            Report(BibliographyCodes.DuplicateKey, keyPos,
                $"duplicate citation key '{key}' (first defined at line {first.Line}); the first entry is kept. Rename or delete one of them.");
            return;
        }

        _byKey.Add(key, entry);
        _entries.Add(entry);
    }

    private string ReadKey(char close)
    {
        var start = _pos;
        while (_pos < text.Length && text[_pos] is not (',' or '\n' or '\r' or '\t' or ' ') && text[_pos] != close && text[_pos] != '}')
        {
            _pos++;
        }

        return text[start.._pos];
    }

    private string ReadValue()
    {
        var value = new StringBuilder();
        while (true)
        {
            var partPos = _pos;
            var c = Peek();
            if (c == '{')
            {
                value.Append(ReadBraced());
            }
            else if (c == '"')
            {
                value.Append(ReadQuoted());
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = _pos;
                while (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
                {
                    _pos++;
                }

                value.Append(text, start, _pos - start);
            }
            else
            {
                var name = ReadIdentifier();
                if (name.Length == 0)
                {
                    throw new BibSyntaxException(partPos, $"expected a value ({{…}}, \"…\", a number or a macro name), found {Describe(c)}");
                }

                if (_macros.TryGetValue(name, out var expansion))
                {
                    value.Append(expansion);
                }
                else
                {
                    Report(BibliographyCodes.UndefinedMacro, partPos,
                        $"undefined @string macro '{name}'; it expands to nothing. Define it with @string{{{name} = {{…}}}} or put the value in braces.",
                        Severity.Warning);
                }
            }

            SkipWhitespace();
            if (Peek() != '#')
            {
                return value.ToString();
            }

            _pos++;
            SkipWhitespace();
        }
    }

    private string ReadBraced()
    {
        var open = _pos;
        var depth = 0;
        for (; _pos < text.Length; _pos++)
        {
            var c = text[_pos];
            if (c == '\\' && _pos + 1 < text.Length)
            {
                _pos++; // an escaped brace does not count
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                _pos++;
                return text[(open + 1)..(_pos - 1)];
            }
            else if (c == '@' && AtLineStart(_pos))
            {
                break; // the next entry begins: this value was never closed
            }
        }

        throw new BibSyntaxException(open, "unbalanced braces: this value is never closed; add the missing '}'");
    }

    private string ReadQuoted()
    {
        var open = _pos;
        var depth = 0;
        for (_pos++; _pos < text.Length; _pos++)
        {
            var c = text[_pos];
            if (c == '\\' && _pos + 1 < text.Length)
            {
                _pos++;
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (c == '"' && depth == 0)
            {
                _pos++;
                return text[(open + 1)..(_pos - 1)];
            }
            else if (c == '@' && AtLineStart(_pos))
            {
                break;
            }
        }

        throw new BibSyntaxException(open, "unterminated quoted value: add the closing '\"'");
    }

    private bool AtLineStart(int pos)
    {
        var p = pos - 1;
        while (p >= 0 && text[p] is ' ' or '\t')
        {
            p--;
        }

        return p < 0 || text[p] == '\n';
    }

    private string ReadIdentifier()
    {
        // BibTeX identifiers: anything printable except the special characters.
        var start = _pos;
        while (_pos < text.Length && !char.IsWhiteSpace(text[_pos]) && text[_pos] is not ('{' or '}' or '(' or ')' or ',' or '=' or '"' or '#' or '%' or '\'' or '@'))
        {
            _pos++;
        }

        return text[start.._pos];
    }

    private void Expect(char c, string context)
    {
        if (Peek() != c)
        {
            throw new BibSyntaxException(_pos, $"expected '{c}' {context}, found {Describe(Peek())}");
        }

        _pos++;
    }

    private char Peek() => _pos < text.Length ? text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
        {
            _pos++;
        }
    }

    private static string Describe(char c) => c == '\0' ? "the end of the file" : c == '\n' ? "a line break" : $"'{c}'";

    private void Report(string code, int position, string message, Severity severity = Severity.Error)
    {
        var (line, column) = _lines.PositionOf(position);
        diagnostics.Add(new Diagnostic(severity, code, file, line, column, message));
    }
}
