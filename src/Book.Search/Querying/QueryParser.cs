using System.Globalization;

namespace Book.Search.Querying;

/// <summary>
/// lunr.QueryParser (2.3.9): turns lexemes into clauses. Error messages are lunr's own, so a query that
/// lunr.js rejects is rejected here with the same words.
/// </summary>
public sealed class QueryParser
{
    private readonly List<Lexeme> _lexemes;
    private readonly Query _query;
    private int _index;
    private PendingClause _current = new();

    private QueryParser(List<Lexeme> lexemes, Query query)
    {
        _lexemes = lexemes;
        _query = query;
    }

    private enum State
    {
        Done,
        Clause,
        Presence,
        Field,
        Term,
        EditDistance,
        Boost,
    }

    /// <exception cref="QueryParseException">The query does not parse.</exception>
    public static Query Parse(string text, IReadOnlyList<string> allFields)
    {
        var parser = new QueryParser(QueryLexer.Run(text), new Query(allFields));
        var state = State.Clause;
        while (state != State.Done)
        {
            state = state switch
            {
                State.Clause => parser.ParseClause(),
                State.Presence => parser.ParsePresence(),
                State.Field => parser.ParseField(),
                State.Term => parser.ParseTerm(),
                State.EditDistance => parser.ParseNumber(isBoost: false),
                _ => parser.ParseNumber(isBoost: true),
            };
        }

        return parser._query;
    }

    private Lexeme? Peek() => _index < _lexemes.Count ? _lexemes[_index] : null;

    private Lexeme? Consume() => _index < _lexemes.Count ? _lexemes[_index++] : null;

    private State ParseClause()
    {
        var lexeme = Peek();
        if (lexeme is null)
        {
            return State.Done;
        }

        return lexeme.Type switch
        {
            LexemeType.PRESENCE => State.Presence,
            LexemeType.FIELD => State.Field,
            LexemeType.TERM => State.Term,
            _ => throw new QueryParseException(
                $"expected either a field or a term, found {lexeme.Type}" + (lexeme.Text.Length >= 1 ? $" with value '{lexeme.Text}'" : string.Empty),
                lexeme.Start,
                lexeme.End),
        };
    }

    private State ParsePresence()
    {
        var lexeme = Consume()!;
        _current.Presence = lexeme.Text switch
        {
            "-" => Presence.Prohibited,
            "+" => Presence.Required,
            _ => throw new QueryParseException($"unrecognised presence operator'{lexeme.Text}'", lexeme.Start, lexeme.End),
        };

        var next = Peek() ?? throw new QueryParseException("expecting term or field, found nothing", lexeme.Start, lexeme.End);
        return next.Type switch
        {
            LexemeType.FIELD => State.Field,
            LexemeType.TERM => State.Term,
            _ => throw new QueryParseException($"expecting term or field, found '{next.Type}'", next.Start, next.End),
        };
    }

    private State ParseField()
    {
        var lexeme = Consume()!;
        if (!_query.AllFields.Contains(lexeme.Text))
        {
            var possible = string.Join(", ", _query.AllFields.Select(f => $"'{f}'"));
            throw new QueryParseException($"unrecognised field '{lexeme.Text}', possible fields: {possible}", lexeme.Start, lexeme.End);
        }

        _current.Fields = [lexeme.Text];
        var next = Peek() ?? throw new QueryParseException("expecting term, found nothing", lexeme.Start, lexeme.End);
        return next.Type == LexemeType.TERM
            ? State.Term
            : throw new QueryParseException($"expecting term, found '{next.Type}'", next.Start, next.End);
    }

    private State ParseTerm()
    {
        var lexeme = Consume()!;
        _current.Term = Text.JsText.ToLower(lexeme.Text);
        if (lexeme.Text.Contains('*'))
        {
            _current.UsePipeline = false;
        }

        return AfterTermOrModifier();
    }

    private State ParseNumber(bool isBoost)
    {
        var lexeme = Consume()!;
        if (!double.TryParse(lexeme.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new QueryParseException(isBoost ? "boost must be numeric" : "edit distance must be numeric", lexeme.Start, lexeme.End);
        }

        if (isBoost)
        {
            _current.Boost = value;
        }
        else
        {
            _current.EditDistance = (int)Math.Min(value, int.MaxValue);
        }

        return AfterTermOrModifier();
    }

    private State AfterTermOrModifier()
    {
        var next = Peek();
        if (next is null)
        {
            NextClause();
            return State.Done;
        }

        switch (next.Type)
        {
            case LexemeType.EDIT_DISTANCE:
                return State.EditDistance;
            case LexemeType.BOOST:
                return State.Boost;
            case LexemeType.TERM:
                NextClause();
                return State.Term;
            case LexemeType.FIELD:
                NextClause();
                return State.Field;
            default:
                NextClause();
                return State.Presence;
        }
    }

    // lunr.Query#clause fills in defaults: all fields, boost 1, pipeline on, optional presence.
    private void NextClause()
    {
        _query.Clauses.Add(new Clause
        {
            Term = _current.Term ?? string.Empty,
            Fields = _current.Fields ?? _query.AllFields,
            Boost = _current.Boost ?? 1,
            EditDistance = _current.EditDistance,
            UsePipeline = _current.UsePipeline,
            Presence = _current.Presence ?? Presence.Optional,
        });
        _current = new PendingClause();
    }

    private sealed class PendingClause
    {
        public string? Term { get; set; }

        public IReadOnlyList<string>? Fields { get; set; }

        public double? Boost { get; set; }

        public int? EditDistance { get; set; }

        public bool UsePipeline { get; set; } = true;

        public Presence? Presence { get; set; }
    }
}
