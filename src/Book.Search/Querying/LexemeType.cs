namespace Book.Search.Querying;

/// <summary>lunr.QueryLexer's lexeme types; names are lunr's, as they appear in its error messages.</summary>
public enum LexemeType
{
    FIELD,
    TERM,
    EDIT_DISTANCE,
    BOOST,
    PRESENCE,
}
