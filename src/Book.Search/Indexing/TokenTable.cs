namespace Book.Search.Indexing;

/// <summary>
/// A map from token text to an int, looked up by a span of the field's text (no string per occurrence).
/// Open addressing with linear probing over parallel arrays. Not a <c>Dictionary</c> alternate lookup:
/// that is a generic instantiation over <c>ReadOnlySpan&lt;char&gt;</c> which ReadyToRun leaves to the JIT,
/// so a cold build ran the hottest loop of indexing unoptimised; this class is compiled ahead of time.
/// </summary>
internal sealed class TokenTable
{
    private string?[] _keys;
    private int[] _hashes;
    private int[] _values;
    private int _count;

    public TokenTable(int capacity = 1 << 12)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _hashes = new int[size];
        _values = new int[size];
    }

    public int Count => _count;

    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        var hash = Hash(key);
        var mask = _keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var candidate = _keys[i];
            if (candidate is null)
            {
                value = 0;
                return false;
            }

            if (_hashes[i] == hash && key.SequenceEqual(candidate))
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Adds <paramref name="key"/>, which is not in the table yet.</summary>
    public void Add(string key, int value)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(key, Hash(key), value);
        _count++;
    }

    private void Insert(string key, int hash, int value)
    {
        var mask = _keys.Length - 1;
        var i = hash & mask;
        while (_keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = key;
        _hashes[i] = hash;
        _values[i] = value;
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        _keys = new string?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _values = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Insert(key, hashes[i], values[i]);
            }
        }
    }

    // FNV-1a over the UTF-16 code units, with a final mix so that the low bits (the slot) depend on all of them.
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return (int)(hash & int.MaxValue);
    }
}
