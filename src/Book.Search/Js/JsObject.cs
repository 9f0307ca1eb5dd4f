namespace Book.Search.Js;

/// <summary>
/// A string-keyed map that enumerates like a JavaScript object: array-index keys ascending, then the
/// others in insertion order. Replacing a value keeps the key's place, as assignment does in JS.
/// Most maps in an index are tiny (a term's documents in one field), so small maps are a list searched
/// linearly and only larger ones get a hash index: this is the builder's hottest structure.
/// </summary>
public sealed class JsObject<TValue>
{
    private const int IndexThreshold = 8;

    private readonly List<KeyValuePair<string, TValue>> _entries = [];
    private Dictionary<string, int>? _index;
    private int _arrayIndexKeys;

    public int Count => _entries.Count;

    public TValue this[string key]
    {
        get
        {
            var at = Find(key);
            return at >= 0 ? _entries[at].Value : throw new KeyNotFoundException(key);
        }

        set
        {
            var at = Find(key);
            if (at >= 0)
            {
                _entries[at] = new(key, value);
                return;
            }

            if (JsKeyOrder.IsArrayIndex(key))
            {
                _arrayIndexKeys++;
            }

            _entries.Add(new(key, value));
            if (_index is not null)
            {
                _index[key] = _entries.Count - 1;
            }
            else if (_entries.Count > IndexThreshold)
            {
                _index = new Dictionary<string, int>(_entries.Count * 2, StringComparer.Ordinal);
                for (var i = 0; i < _entries.Count; i++)
                {
                    _index[_entries[i].Key] = i;
                }
            }
        }
    }

    public bool TryGetValue(string key, out TValue value)
    {
        var at = Find(key);
        value = at >= 0 ? _entries[at].Value : default!;
        return at >= 0;
    }

    public bool ContainsKey(string key) => Find(key) >= 0;

    /// <summary>The entries in JavaScript enumeration order.</summary>
    public IReadOnlyList<KeyValuePair<string, TValue>> Entries()
    {
        if (_arrayIndexKeys == 0)
        {
            return _entries;
        }

        var ordered = new List<KeyValuePair<string, TValue>>(_entries.Count);
        ordered.AddRange(_entries.Where(e => JsKeyOrder.IsArrayIndex(e.Key)).OrderBy(e => JsKeyOrder.IndexValue(e.Key)));
        ordered.AddRange(_entries.Where(e => !JsKeyOrder.IsArrayIndex(e.Key)));
        return ordered;
    }

    public IEnumerable<string> Keys()
    {
        foreach (var entry in Entries())
        {
            yield return entry.Key;
        }
    }

    private int Find(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var at) ? at : -1;
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
