using Book.Search.Indexing;

namespace Book.Search.Querying;

/// <summary>
/// lunr.MatchData: which index terms matched a document, in which fields, with their whitelisted metadata
/// (raw JSON values, e.g. <c>[12,7]</c> positions). What a results page needs to highlight.
/// </summary>
public sealed class MatchData
{
    private readonly OrderedDictionary<string, OrderedDictionary<string, DocumentMetadata>> _terms = new(StringComparer.Ordinal);

    /// <summary>term → field → metadata key → values.</summary>
    public IReadOnlyDictionary<string, OrderedDictionary<string, DocumentMetadata>> Terms => _terms;

    public void Add(string term, string field, DocumentMetadata? metadata)
    {
        if (!_terms.TryGetValue(term, out var fields))
        {
            fields = new OrderedDictionary<string, DocumentMetadata>(StringComparer.Ordinal);
            _terms[term] = fields;
        }

        if (!fields.TryGetValue(field, out var merged))
        {
            merged = new DocumentMetadata();
            fields[field] = merged;
        }

        if (metadata is null)
        {
            return;
        }

        foreach (var (key, values) in metadata.Values.Entries())
        {
            foreach (var value in values)
            {
                merged.Add(key, value);
            }
        }
    }

    public void Combine(MatchData other)
    {
        foreach (var (term, fields) in other._terms)
        {
            foreach (var (field, metadata) in fields)
            {
                Add(term, field, metadata);
            }
        }
    }
}
