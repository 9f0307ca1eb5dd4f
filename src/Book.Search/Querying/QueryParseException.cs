namespace Book.Search.Querying;

/// <summary>lunr.QueryParseError: the query text does not parse; Start/End delimit the offending lexeme.</summary>
public sealed class QueryParseException(string message, int start, int end) : Exception(message)
{
    public int Start { get; } = start;

    public int End { get; } = end;
}
