namespace Book.Search.Querying;

/// <summary>lunr.Set: a set of document refs, plus the "complete" set (everything) and the empty set.</summary>
public sealed class DocSet
{
    public static readonly DocSet Complete = new(null);
    public static readonly DocSet Empty = new(new HashSet<string>(StringComparer.Ordinal));

    private readonly HashSet<string>? _elements;

    private DocSet(HashSet<string>? elements)
    {
        _elements = elements;
    }

    public static DocSet Of(IEnumerable<string> refs) => new(new HashSet<string>(refs, StringComparer.Ordinal));

    public bool Contains(string docRef) => _elements is null || _elements.Contains(docRef);

    public DocSet Intersect(DocSet other)
    {
        if (_elements is null)
        {
            return other;
        }

        if (other._elements is null)
        {
            return this;
        }

        var (small, large) = _elements.Count < other._elements.Count ? (_elements, other._elements) : (other._elements, _elements);
        return new DocSet(new HashSet<string>(small.Where(large.Contains), StringComparer.Ordinal));
    }

    public DocSet Union(DocSet other)
    {
        if (_elements is null || other._elements is null)
        {
            return Complete;
        }

        var union = new HashSet<string>(_elements, StringComparer.Ordinal);
        union.UnionWith(other._elements);
        return new DocSet(union);
    }
}
