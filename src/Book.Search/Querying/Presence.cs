namespace Book.Search.Querying;

/// <summary>lunr.Query.presence: how a clause constrains matching documents.</summary>
public enum Presence
{
    /// <summary>Contributes to the score; documents need not contain it.</summary>
    Optional = 1,

    /// <summary><c>+term</c>: every result contains it.</summary>
    Required = 2,

    /// <summary><c>-term</c>: no result contains it.</summary>
    Prohibited = 3,
}
