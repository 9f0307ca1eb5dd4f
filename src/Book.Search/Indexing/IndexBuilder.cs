using System.Runtime.InteropServices;
using Book.Search.Js;
using Book.Search.Pipeline;
using Book.Search.Text;

namespace Book.Search.Indexing;

/// <summary>
/// lunr.Builder (2.3.9): add documents, then <see cref="Build"/> the immutable <see cref="LunrIndex"/>.
/// lunr keys everything by strings in JS objects; here terms and documents get dense ids (a term's id is
/// its lunr <c>_index</c>: the order of first occurrence), so counting and vector building index arrays.
/// What JS key order decides (posting lists, "field/ref" order) is kept by <see cref="PostingList"/> and
/// by the insertion order of <see cref="_entries"/>.
/// </summary>
public sealed class IndexBuilder
{
    private readonly JsObject<FieldDefinition> _fields = new();
    private readonly IndexOptions _options;
    private readonly TokenPipeline _pipeline;
    private readonly string[] _whitelist;
    private string[]? _fieldOrder;
    private int _documentCount;

    // Documents by id: ref, latest boost (lunr's `_documents[ref] = attributes`).
    private readonly Dictionary<string, int> _docIds = new(StringComparer.Ordinal);
    private readonly List<string> _docRefs = [];
    private readonly List<double> _docBoosts = [];

    // lunr's fieldTermFrequencies and fieldLengths: one entry per "field/ref" key, in insertion order;
    // `_entryAt[doc * fields + field]` is where a re-added document's entry is replaced in place.
    private readonly List<FieldEntry> _entries = [];
    private readonly List<int> _entryAt = [];

    // Terms by id (= _index), their postings, and the pipeline's verdict per raw token (-1: dropped).
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<TermPosting> _postings = [];
    private readonly TokenTable _rawTokens = new();

    // Scratch for counting one field (metadata path): occurrences per term id, ids in order of first occurrence.
    private int[] _counts = new int[1024];
    private readonly List<int> _touched = [];

    // Documents added but not indexed yet: tokenizing is the expensive part, so it waits for Build and
    // runs in parallel there. (With a metadata whitelist documents are indexed as they are added.)
    private readonly List<(string Ref, string?[] Texts, double Boost)> _pending = [];
    private readonly Func<string, int> _termId;

    public IndexBuilder(IEnumerable<FieldDefinition> fields, IndexOptions? options = null)
    {
        _options = options ?? new IndexOptions();
        _pipeline = _options.CreateIndexingPipeline();
        _whitelist = [.. _options.MetadataWhitelist];
        _termId = TermId;
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
        var texts = new string?[fields.Count];
        for (var f = 0; f < texts.Length; f++)
        {
            texts[f] = fieldText(fields[f]);
        }

        if (_whitelist.Length == 0)
        {
            _pending.Add((docRef, texts, boost));
            return;
        }

        var doc = DocumentId(docRef, boost, out _);
        for (var f = 0; f < texts.Length; f++)
        {
            SetEntry(doc, f, AddFieldWithMetadata(docRef, doc, f, fields[f], texts[f]));
        }
    }

    public void Add(string docRef, IReadOnlyDictionary<string, string?> fields, double boost = 1) =>
        Add(docRef, name => fields.TryGetValue(name, out var text) ? text : null, boost);

    // Scans the pending documents' fields in parallel, then indexes them one by one in the order they were
    // added, which is what fixes every term's _index. The documents are cut into a few runs of similar
    // text length; each run is scanned by a scanner taken from a small pool, so that few scanners exist
    // (each one stems every distinct token it meets once) and a run waiting for a core is taken by the
    // thread that is free. Which scanner scans which run does not change the index.
    private void IndexPending()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var fieldCount = FieldNames.Count;
        var scanned = new ScannedField[_pending.Count * fieldCount];
        var runs = Runs(Math.Min(_pending.Count, 2 * Environment.ProcessorCount));
        var scanners = new System.Collections.Concurrent.ConcurrentBag<FieldScanner>();
        var pipeline = _pipeline;
        Parallel.For(0, runs.Length - 1, r =>
        {
            if (!scanners.TryTake(out var scanner))
            {
                scanner = new FieldScanner(pipeline);
            }

            for (var i = runs[r]; i < runs[r + 1]; i++)
            {
                for (var f = 0; f < fieldCount; f++)
                {
                    scanned[(i * fieldCount) + f] = scanner.Scan(_pending[i].Texts[f]);
                }
            }

            scanners.Add(scanner);
        });

        for (var i = 0; i < _pending.Count; i++)
        {
            var (docRef, _, boost) = _pending[i];
            var doc = DocumentId(docRef, boost, out var readded);
            for (var f = 0; f < fieldCount; f++)
            {
                // The scanned field's local term ids are replaced by the builder's, in place.
                var field = scanned[(i * fieldCount) + f];
                var terms = field.Terms;
                for (var t = 0; t < terms.Length; t++)
                {
                    var term = field.Scanner.GlobalId(terms[t], _termId);
                    terms[t] = term;
                    var docs = _postings[term].Fields[f];
                    if (!readded || docs.Find(docRef) < 0)
                    {
                        docs.Add(docRef, doc);
                    }
                }

                SetEntry(doc, f, new FieldEntry(f, doc, field.Length, terms, field.Counts));
            }
        }

        _pending.Clear();
    }

    // Boundaries of `count` runs of pending documents with about the same number of characters each.
    private int[] Runs(int count)
    {
        long total = 0;
        foreach (var (_, texts, _) in _pending)
        {
            total += TextLength(texts);
        }

        var bounds = new List<int> { 0 };
        long sum = 0;
        for (var i = 0; i < _pending.Count; i++)
        {
            sum += TextLength(_pending[i].Texts);
            if (sum * count >= total * bounds.Count && bounds.Count < count && i + 1 < _pending.Count)
            {
                bounds.Add(i + 1);
            }
        }

        bounds.Add(_pending.Count);
        return [.. bounds];
    }

    private static long TextLength(string?[] texts)
    {
        long length = 1;
        foreach (var text in texts)
        {
            length += text?.Length ?? 0;
        }

        return length;
    }

    private int DocumentId(string docRef, double boost, out bool readded)
    {
        _documentCount++;
        ref var docId = ref CollectionsMarshal.GetValueRefOrAddDefault(_docIds, docRef, out readded);
        if (readded)
        {
            _docBoosts[docId] = boost;
            return docId;
        }

        docId = _docRefs.Count;
        _docRefs.Add(docRef);
        _docBoosts.Add(boost);
        for (var f = 0; f < FieldNames.Count; f++)
        {
            _entryAt.Add(-1);
        }

        return docId;
    }

    // A re-added document's "field/ref" keeps its place, as assignment to an existing JS key does.
    private void SetEntry(int doc, int f, FieldEntry entry)
    {
        var slot = (doc * FieldNames.Count) + f;
        if (_entryAt[slot] < 0)
        {
            _entryAt[slot] = _entries.Count;
            _entries.Add(entry);
        }
        else
        {
            _entries[_entryAt[slot]] = entry;
        }
    }

    private FieldEntry AddFieldWithMetadata(string docRef, int doc, int f, string fieldName, string? text)
    {
        var length = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var term = TermOf(token.Value);
            if (term < 0)
            {
                continue;
            }

            length++;
            Count(term);
            var docs = _postings[term].Fields[f];
            var at = docs.Find(docRef);
            if (at < 0)
            {
                docs.Add(docRef, doc, new DocumentMetadata());
                at = docs.Find(docRef);
            }

            var metadata = docs.MetadataForUpdate(at);
            foreach (var key in _whitelist)
            {
                metadata.Add(key, MetadataJson(key, token, fieldName));
            }
        }

        return TakeCounts(doc, f, length);
    }

    // The pipeline is a pure function of the token's text, so each distinct raw token is run once.
    private int TermOf(ReadOnlySpan<char> raw)
    {
        if (_rawTokens.TryGetValue(raw, out var id))
        {
            return id;
        }

        var key = raw.ToString();
        id = _pipeline.RunTerm(key) is { } term ? TermId(term) : -1;
        _rawTokens.Add(key, id);
        return id;
    }

    private int TermId(string term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out var exists);
        if (!exists)
        {
            id = _terms.Count;
            _terms.Add(term);
            _postings.Add(new TermPosting(id, FieldNames.Count));
        }

        return id;
    }

    private void Count(int term)
    {
        if (term >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(term + 1, _counts.Length * 2));
        }

        if (_counts[term]++ == 0)
        {
            _touched.Add(term);
        }
    }

    private FieldEntry TakeCounts(int doc, int f, int length)
    {
        var terms = _touched.ToArray();
        var counts = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            counts[i] = _counts[terms[i]];
            _counts[terms[i]] = 0;
        }

        _touched.Clear();
        return new FieldEntry(f, doc, length, terms, counts);
    }

    public LunrIndex Build()
    {
        IndexPending();
        var fields = FieldNames;
        var averageLengths = AverageFieldLengths(fields.Count);
        var idf = new double[_terms.Count];
        var idfKnown = new bool[_terms.Count];
        var vectors = new List<KeyValuePair<string, FieldVector>>(_entries.Count);
        foreach (var entry in _entries)
        {
            var fieldBoost = BoostOrOne(_fields[fields[entry.Field]].Boost);
            var docBoost = BoostOrOne(_docBoosts[entry.Doc]);
            var indices = new int[entry.Terms.Length];
            var values = new double[indices.Length];
            for (var i = 0; i < indices.Length; i++)
            {
                var term = entry.Terms[i];
                if (!idfKnown[term])
                {
                    idf[term] = Bm25.Idf(_postings[term].DocumentsWithTerm(), _documentCount);
                    idfKnown[term] = true;
                }

                var score = Bm25.Weight(idf[term], entry.Counts[i], entry.Length, averageLengths[entry.Field], _options.K1, _options.B);
                score *= fieldBoost;
                score *= docBoost;
                indices[i] = term;
                values[i] = Bm25.RoundTo3(score);
            }

            VectorSort.Sort(indices, values);
            vectors.Add(new(fields[entry.Field] + "/" + _docRefs[entry.Doc], new FieldVector(indices, values)));
        }

        var invertedIndex = new Dictionary<string, TermPosting>(_terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < _terms.Count; i++)
        {
            invertedIndex[_terms[i]] = _postings[i];
        }

        return new LunrIndex([.. fields], vectors, invertedIndex, _options.CreateSearchPipeline()) { DocumentRefs = [.. _docRefs] };
    }

    // lunr's calculateAverageFieldLengths: total length over the number of "field/ref" entries, per field.
    private double[] AverageFieldLengths(int fieldCount)
    {
        var sums = new long[fieldCount];
        var counts = new int[fieldCount];
        foreach (var entry in _entries)
        {
            sums[entry.Field] += entry.Length;
            counts[entry.Field]++;
        }

        var averages = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            averages[f] = (double)sums[f] / counts[f];
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

    /// <summary>One "field/ref" of lunr: its length in terms and the frequency of each term id (first-occurrence order).</summary>
    private sealed record FieldEntry(int Field, int Doc, int Length, int[] Terms, int[] Counts);
}
