namespace Book.Search.Js;

/// <summary>
/// A string-keyed map that enumerates like a JavaScript object: array-index keys ascending, then the
/// others in insertion order. Replacing a value keeps the key's place, as assignment does in JS.
/// </summary>
public sealed class JsObject<TValue>
{
    private readonly OrderedDictionary<string, TValue> _items;
    private int _arrayIndexKeys;

    public JsObject()
    {
        _items = new OrderedDictionary<string, TValue>(StringComparer.Ordinal);
    }

    public JsObject(int capacity)
    {
        _items = new OrderedDictionary<string, TValue>(capacity, StringComparer.Ordinal);
    }

    public int Count => _items.Count;

    public TValue this[string key]
    {
        get => _items[key];
        set
        {
            if (!_items.ContainsKey(key) && JsKeyOrder.IsArrayIndex(key))
            {
                _arrayIndexKeys++;
            }

            _items[key] = value;
        }
    }

    public bool TryGetValue(string key, out TValue value) => _items.TryGetValue(key, out value!);

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    /// <summary>The entries in JavaScript enumeration order.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries()
    {
        if (_arrayIndexKeys == 0)
        {
            return _items;
        }

        return OrderedWithIndexKeysFirst();
    }

    public IEnumerable<string> Keys()
    {
        foreach (var entry in Entries())
        {
            yield return entry.Key;
        }
    }

    private IEnumerable<KeyValuePair<string, TValue>> OrderedWithIndexKeysFirst()
    {
        var indexKeys = _items.Where(e => JsKeyOrder.IsArrayIndex(e.Key))
            .OrderBy(e => JsKeyOrder.IndexValue(e.Key))
            .ToList();
        foreach (var entry in indexKeys)
        {
            yield return entry;
        }

        foreach (var entry in _items)
        {
            if (!JsKeyOrder.IsArrayIndex(entry.Key))
            {
                yield return entry;
            }
        }
    }
}
