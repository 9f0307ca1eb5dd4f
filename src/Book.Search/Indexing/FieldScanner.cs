using Book.Search.Pipeline;
using Book.Search.Text;

namespace Book.Search.Indexing;

/// <summary>
/// Tokenizes field texts and runs the indexing pipeline, counting terms, for one thread: each scanner has
/// its own table of distinct raw tokens (the pipeline runs once per distinct token) and numbers terms
/// locally. The builder later maps local numbers to lunr's <c>_index</c> in document order, so scanning
/// in parallel changes nothing in the index.
/// </summary>
internal sealed class FieldScanner(TokenPipeline pipeline)
{
    private readonly TokenTable _rawTokens = new(1 << 14);
    private readonly Dictionary<string, int> _localIds = new(1 << 13, StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _touched = [];
    private int[] _counts = new int[1024];
    private int[] _globalIds = [];

    /// <summary>lunr.tokenizer then the pipeline over <paramref name="text"/>: the field's length in terms and each distinct term's count, in order of first occurrence.</summary>
    public ScannedField Scan(string? text)
    {
        var length = 0;
        if (!string.IsNullOrEmpty(text))
        {
            // The table is keyed by the token as written, so the text is not lower-cased as a whole, only
            // each distinct token once (JS lower-casing maps char by char and never makes or unmakes a
            // separator). The two context-dependent rules of JsText.ToLower (İ, final Σ) need the whole
            // text: such a text is lowered first, as lunr does.
            var str = text.AsSpan().IndexOfAny('\u0130', '\u03a3') < 0 ? text : JsText.ToLower(text);
            var sliceStart = 0;
            while (sliceStart <= str.Length)
            {
                var sliceEnd = Tokenizer.NextSeparator(str, sliceStart);
                if (sliceEnd > sliceStart)
                {
                    var term = LocalIdOf(str.AsSpan(sliceStart, sliceEnd - sliceStart));
                    if (term >= 0)
                    {
                        length++;
                        if (_counts[term]++ == 0)
                        {
                            _touched.Add(term);
                        }
                    }
                }

                sliceStart = sliceEnd + 1;
            }
        }

        var terms = _touched.ToArray();
        var counts = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            counts[i] = _counts[terms[i]];
            _counts[terms[i]] = 0;
        }

        _touched.Clear();
        return new ScannedField(this, length, terms, counts);
    }

    /// <summary>The builder's id of a local term, assigned through <paramref name="termId"/> on first use (single-threaded, in document order).</summary>
    public int GlobalId(int local, Func<string, int> termId)
    {
        if (local >= _globalIds.Length)
        {
            var old = _globalIds.Length;
            Array.Resize(ref _globalIds, Math.Max(_terms.Count, old * 2));
            _globalIds.AsSpan(old).Fill(-1);
        }

        if (_globalIds[local] < 0)
        {
            _globalIds[local] = termId(_terms[local]);
        }

        return _globalIds[local];
    }

    private int LocalIdOf(ReadOnlySpan<char> raw)
    {
        if (_rawTokens.TryGetValue(raw, out var id))
        {
            return id;
        }

        var key = raw.ToString();
        id = pipeline.RunTerm(JsText.ToLower(key)) is { } term ? LocalIdOfTerm(term) : -1;
        _rawTokens.Add(key, id);
        return id;
    }

    private int LocalIdOfTerm(string term)
    {
        if (!_localIds.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _terms.Add(term);
            _localIds[term] = id;
            if (id >= _counts.Length)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
            }
        }

        return id;
    }
}
