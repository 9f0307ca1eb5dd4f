using Book.Search.Indexing;

namespace Book.Search.Cases;

/// <summary>
/// A conformance case (the format of <c>conformance/lunr/*.case.json</c>): fields with boosts, documents
/// (a <c>ref</c>, one string per field, an optional <c>boost</c>) and queries. Two optional keys extend
/// the format: <c>metadataWhitelist</c> (e.g. ["position"]) and <c>stemming</c> (default true).
/// </summary>
public sealed record LunrCase(
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<CaseDocument> Documents,
    IReadOnlyList<string> Queries,
    IndexOptions Options)
{
    public LunrIndex BuildIndex()
    {
        var builder = new IndexBuilder(Fields, Options);
        foreach (var document in Documents)
        {
            builder.Add(document.Ref, document.Fields, document.Boost);
        }

        return builder.Build();
    }
}
