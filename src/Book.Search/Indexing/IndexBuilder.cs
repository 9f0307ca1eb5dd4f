using System.Runtime.InteropServices;
using Book.Search.Js;
using Book.Search.Pipeline;
using Book.Search.Text;

namespace Book.Search.Indexing;

/// <summary>
/// lunr.Builder (2.3.9): add documents, then <see cref="Build"/> the immutable <see cref="LunrIndex"/>.
/// Every collection that lunr keeps in a JS object is a <see cref="JsObject{TValue}"/> here, because the
/// serialized bytes and the order of query results follow JS key enumeration order.
/// </summary>
public sealed class IndexBuilder
{
    private readonly JsObject<FieldDefinition> _fields = new();
    private readonly JsObject<double> _documentBoosts = new();
    private readonly JsObject<FieldEntry> _fieldEntries = new();
    private readonly Dictionary<string, TermPosting> _invertedIndex = new(StringComparer.Ordinal);
    private readonly IndexOptions _options;
    private readonly TokenPipeline _pipeline;
    private readonly string[] _whitelist;
    private string[]? _fieldOrder;
    private int _documentCount;

    public IndexBuilder(IEnumerable<FieldDefinition> fields, IndexOptions? options = null)
    {
        _options = options ?? new IndexOptions();
        _pipeline = _options.CreateIndexingPipeline();
        _whitelist = [.. _options.MetadataWhitelist];
        foreach (var field in fields)
        {
            if (field.Name.Contains('/'))
            {
                throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'", nameof(fields));
            }

            _fields[field.Name] = field;
        }
    }

    /// <summary>The field names in lunr's order (<c>Object.keys(this._fields)</c>).</summary>
    public IReadOnlyList<string> FieldNames => _fieldOrder ??= [.. _fields.Keys()];

    /// <summary>
    /// lunr's <c>builder.add(doc, { boost })</c>. <paramref name="fieldText"/> gives a field's text, or null
    /// when the document lacks it. A boost of 0 counts as 1, as in lunr (<c>boost || 1</c>).
    /// </summary>
    public void Add(string docRef, Func<string, string?> fieldText, double boost = 1)
    {
        var fields = FieldNames;
        _documentBoosts[docRef] = boost;
        _documentCount++;
        for (var f = 0; f < fields.Count; f++)
        {
            var fieldName = fields[f];
            var text = fieldText(fieldName);
            if (_whitelist.Length == 0)
            {
                AddFieldFast(docRef, f, fieldName, text);
            }
            else
            {
                AddFieldWithMetadata(docRef, f, fieldName, text);
            }
        }
    }

    // Without metadata only term frequencies and first occurrences matter: count per distinct term, then
    // touch the inverted index once per term. Terms get their _index in order of first occurrence, as in
    // lunr, because `firstSeen` keeps that order.
    private void AddFieldFast(string docRef, int f, string fieldName, string? text)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstSeen = new List<string>();
        var length = 0;
        if (!string.IsNullOrEmpty(text))
        {
            var str = JsText.ToLower(text);
            var sliceStart = 0;
            while (sliceStart <= str.Length)
            {
                var sliceEnd = Tokenizer.NextSeparator(str, sliceStart);
                if (sliceEnd > sliceStart && _pipeline.RunMemoized(str.AsSpan(sliceStart, sliceEnd - sliceStart)) is { } term)
                {
                    length++;
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out var exists);
                    if (!exists)
                    {
                        firstSeen.Add(term);
                    }

                    count++;
                }

                sliceStart = sliceEnd + 1;
            }
        }

        _fieldEntries[fieldName + "/" + docRef] = new FieldEntry(fieldName, docRef, length, frequencies);
        foreach (var term in firstSeen)
        {
            var docs = PostingOf(term).Fields[f];
            if (!docs.ContainsKey(docRef))
            {
                docs[docRef] = null;
            }
        }
    }

    private void AddFieldWithMetadata(string docRef, int f, string fieldName, string? text)
    {
        var tokens = _pipeline.Run(Tokenizer.Tokenize(text));
        var entry = new FieldEntry(fieldName, docRef, tokens.Count, new Dictionary<string, int>(StringComparer.Ordinal));
        _fieldEntries[fieldName + "/" + docRef] = entry;
        foreach (var token in tokens)
        {
            var term = token.Value;
            entry.TermFrequencies[term] = entry.TermFrequencies.GetValueOrDefault(term) + 1;
            var docs = PostingOf(term).Fields[f];
            if (!docs.TryGetValue(docRef, out var metadata) || metadata is null)
            {
                metadata = new DocumentMetadata();
                docs[docRef] = metadata;
            }

            foreach (var key in _whitelist)
            {
                metadata.Add(key, MetadataJson(key, token, fieldName));
            }
        }
    }

    private TermPosting PostingOf(string term)
    {
        ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_invertedIndex, term, out var exists);
        if (!exists)
        {
            posting = new TermPosting(_invertedIndex.Count - 1, FieldNames.Count);
        }

        return posting!;
    }

    public void Add(string docRef, IReadOnlyDictionary<string, string?> fields, double boost = 1) =>
        Add(docRef, name => fields.TryGetValue(name, out var text) ? text : null, boost);

    public LunrIndex Build()
    {
        var fields = FieldNames;
        var averageLengths = AverageFieldLengths(fields);
        var idfCache = new Dictionary<string, double>(StringComparer.Ordinal);
        var vectors = new List<KeyValuePair<string, FieldVector>>(_fieldEntries.Count);
        foreach (var (fieldRef, entry) in _fieldEntries.Entries())
        {
            var fieldBoost = BoostOrOne(_fields[entry.Field].Boost);
            var docBoost = BoostOrOne(_documentBoosts[entry.DocRef]);
            var indices = new int[entry.TermFrequencies.Count];
            var values = new double[indices.Length];
            var i = 0;
            foreach (var (term, tf) in entry.TermFrequencies)
            {
                var posting = _invertedIndex[term];
                if (!idfCache.TryGetValue(term, out var idf))
                {
                    idf = Bm25.Idf(posting.DocumentsWithTerm(), _documentCount);
                    idfCache[term] = idf;
                }

                var score = Bm25.Weight(idf, tf, entry.Length, averageLengths[entry.Field], _options.K1, _options.B);
                score *= fieldBoost;
                score *= docBoost;
                indices[i] = posting.Index;
                values[i] = Bm25.RoundTo3(score);
                i++;
            }

            Array.Sort(indices, values);
            vectors.Add(new(fieldRef, new FieldVector(indices, values)));
        }

        return new LunrIndex([.. fields], vectors, _invertedIndex, _options.CreateSearchPipeline());
    }

    private Dictionary<string, double> AverageFieldLengths(IReadOnlyList<string> fields)
    {
        var totals = new Dictionary<string, (long Sum, int Count)>(StringComparer.Ordinal);
        foreach (var (_, entry) in _fieldEntries.Entries())
        {
            var (sum, count) = totals.GetValueOrDefault(entry.Field);
            totals[entry.Field] = (sum + entry.Length, count + 1);
        }

        var averages = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var (sum, count) = totals.GetValueOrDefault(field);
            averages[field] = (double)sum / count;
        }

        return averages;
    }

    private static double BoostOrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    private static string MetadataJson(string key, Token token, string fieldName) => key switch
    {
        MetadataKeys.Position => $"[{token.Start},{token.Length}]",
        MetadataKeys.Index => token.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MetadataKeys.Fields => "[" + Serialization.JsJson.Quote(fieldName) + "]",
        // lunr pushes `undefined` for a key the tokenizer never set; JSON.stringify writes it as null.
        _ => "null",
    };

    private sealed class FieldEntry(string field, string docRef, int length, Dictionary<string, int> termFrequencies)
    {
        public string Field { get; } = field;

        public string DocRef { get; } = docRef;

        public int Length { get; } = length;

        public Dictionary<string, int> TermFrequencies { get; } = termFrequencies;
    }
}
