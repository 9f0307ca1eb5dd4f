namespace Book.Search.Querying;

/// <summary>lunr.Query: the clauses of a parsed query, over the index's fields.</summary>
public sealed class Query(IReadOnlyList<string> allFields)
{
    public IReadOnlyList<string> AllFields { get; } = allFields;

    public List<Clause> Clauses { get; } = [];

    /// <summary>
    /// lunr.Query#isNegated: true when no clause is optional or required, including the empty query.
    /// Such a query returns every document with score 0.
    /// </summary>
    public bool IsNegated => Clauses.TrueForAll(c => c.Presence == Presence.Prohibited);
}
