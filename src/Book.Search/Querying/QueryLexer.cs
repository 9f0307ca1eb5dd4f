using System.Text;
using Book.Search.Text;

namespace Book.Search.Querying;

/// <summary>
/// lunr.QueryLexer (2.3.9), state for state: splits on <c>[\s\-]</c> like the tokenizer, but a leading
/// <c>+</c>/<c>-</c> is a presence, <c>name:</c> a field, <c>~N</c> an edit distance, <c>^N</c> a boost, and
/// <c>\</c> escapes the next character.
/// </summary>
public sealed class QueryLexer
{
    private readonly string _str;
    private readonly List<int> _escapes = [];
    private int _pos;
    private int _start;

    private QueryLexer(string str)
    {
        _str = str;
    }

    private enum State
    {
        Done,
        Text,
        Field,
        Term,
        EditDistance,
        Boost,
        Eos,
    }

    public List<Lexeme> Lexemes { get; } = [];

    public static List<Lexeme> Run(string query)
    {
        var lexer = new QueryLexer(query);
        var state = State.Text;
        while (state != State.Done)
        {
            state = state switch
            {
                State.Text => lexer.LexText(),
                State.Field => lexer.LexField(),
                State.Term => lexer.LexTerm(),
                State.EditDistance => lexer.LexNumber(LexemeType.EDIT_DISTANCE),
                State.Boost => lexer.LexNumber(LexemeType.BOOST),
                _ => lexer.LexEos(),
            };
        }

        return lexer.Lexemes;
    }

    private int Width => _pos - _start;

    private State LexText()
    {
        while (true)
        {
            if (_pos >= _str.Length)
            {
                return State.Eos;
            }

            var c = _str[_pos++];
            if (c == '\\')
            {
                // lunr records the backslash's position and skips the escaped character.
                _escapes.Add(_pos - 1);
                _pos++;
                continue;
            }

            switch (c)
            {
                case ':':
                    return State.Field;
                case '~':
                    _pos--;
                    if (Width > 0)
                    {
                        Emit(LexemeType.TERM);
                    }

                    return State.EditDistance;
                case '^':
                    _pos--;
                    if (Width > 0)
                    {
                        Emit(LexemeType.TERM);
                    }

                    return State.Boost;
                case '+' or '-' when Width == 1:
                    Emit(LexemeType.PRESENCE);
                    return State.Text;
            }

            if (Tokenizer.IsSeparator(c))
            {
                return State.Term;
            }
        }
    }

    private State LexField()
    {
        _pos--;
        Emit(LexemeType.FIELD);
        Ignore();
        return State.Text;
    }

    private State LexTerm()
    {
        if (Width > 1)
        {
            _pos--;
            Emit(LexemeType.TERM);
        }

        Ignore();
        return _pos < _str.Length ? State.Text : State.Done;
    }

    private State LexNumber(LexemeType type)
    {
        Ignore();
        while (_pos < _str.Length && char.IsAsciiDigit(_str[_pos]))
        {
            _pos++;
        }

        Emit(type);
        return State.Text;
    }

    private State LexEos()
    {
        if (Width > 0)
        {
            Emit(LexemeType.TERM);
        }

        return State.Done;
    }

    private void Ignore()
    {
        if (_start == _pos)
        {
            _pos++;
        }

        _start = _pos;
    }

    private void Emit(LexemeType type)
    {
        Lexemes.Add(new Lexeme(type, SliceString(), _start, _pos));
        _start = _pos;
    }

    // JS String#slice clamps to the string; an escape at the very end leaves _pos one past it.
    private string SliceString()
    {
        var builder = new StringBuilder();
        var sliceStart = _start;
        foreach (var escape in _escapes)
        {
            builder.Append(Slice(sliceStart, escape));
            sliceStart = escape + 1;
        }

        builder.Append(Slice(sliceStart, _pos));
        _escapes.Clear();
        return builder.ToString();
    }

    private string Slice(int from, int to)
    {
        from = Math.Clamp(from, 0, _str.Length);
        to = Math.Clamp(to, 0, _str.Length);
        return to > from ? _str[from..to] : string.Empty;
    }
}
