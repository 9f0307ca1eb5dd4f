using Book.Search.Pipeline;
using Book.Search.Querying;
using Book.Search.Serialization;

namespace Book.Search.Indexing;

/// <summary>
/// A built (or loaded) lunr index: fields, field vectors in insertion order, the inverted index and the
/// search pipeline. <see cref="ToJson"/> writes what lunr.js's <c>JSON.stringify(idx)</c> writes;
/// <see cref="Search"/> answers what lunr.js's <c>idx.search(q)</c> answers.
/// </summary>
public sealed class LunrIndex
{
    public const string Version = "2.3.9";

    private readonly Dictionary<string, FieldVector> _vectorByRef;
    private TokenSet? _tokenSet;
    private string[]? _sortedTerms;

    public LunrIndex(
        IReadOnlyList<string> fields,
        IReadOnlyList<KeyValuePair<string, FieldVector>> fieldVectors,
        Dictionary<string, TermPosting> invertedIndex,
        TokenPipeline searchPipeline)
    {
        Fields = fields;
        FieldVectors = fieldVectors;
        InvertedIndex = invertedIndex;
        SearchPipeline = searchPipeline;
        _vectorByRef = new Dictionary<string, FieldVector>(fieldVectors.Count, StringComparer.Ordinal);
        foreach (var (fieldRef, vector) in fieldVectors)
        {
            _vectorByRef[fieldRef] = vector;
        }
    }

    public IReadOnlyList<string> Fields { get; }

    /// <summary>"field/docRef" → vector, in the order lunr serializes them.</summary>
    public IReadOnlyList<KeyValuePair<string, FieldVector>> FieldVectors { get; }

    public Dictionary<string, TermPosting> InvertedIndex { get; }

    public TokenPipeline SearchPipeline { get; }

    /// <summary>
    /// The document refs by the builder's ids (<see cref="PostingList"/> records them), when the index was
    /// built here: the serializer then quotes each ref once instead of once per posting. Null when loaded.
    /// </summary>
    internal IReadOnlyList<string>? DocumentRefs { get; init; }

    /// <summary>All terms in <c>Array.prototype.sort</c> order (UTF-16 code units).</summary>
    public string[] SortedTerms => _sortedTerms ??= SortTerms();

    /// <summary>The token set (a trie of all terms) that wildcard and fuzzy queries expand against.</summary>
    public TokenSet TokenSet => _tokenSet ??= TokenSet.FromSortedWords(SortedTerms);

    public FieldVector? VectorOf(string fieldRef) => _vectorByRef.GetValueOrDefault(fieldRef);

    public string ToJson() => IndexSerializer.Serialize(this);

    /// <summary>The bytes of <see cref="ToJson"/> in UTF-8, without the string in between.</summary>
    public byte[] ToUtf8Json() => IndexSerializer.SerializeUtf8(this);

    public static LunrIndex FromJson(string json) => IndexReader.Read(json);

    /// <summary>Parses <paramref name="query"/> with lunr's query syntax and scores documents as lunr does.</summary>
    /// <exception cref="QueryParseException">The query does not parse (lunr.QueryParseError).</exception>
    public IReadOnlyList<SearchResult> Search(string query) => IndexSearcher.Search(this, QueryParser.Parse(query, Fields));

    public IReadOnlyList<SearchResult> Query(Query query) => IndexSearcher.Search(this, query);

    private string[] SortTerms()
    {
        var terms = InvertedIndex.Keys.ToArray();
        Array.Sort(terms, Js.JsStringOrder.Instance);
        return terms;
    }
}
