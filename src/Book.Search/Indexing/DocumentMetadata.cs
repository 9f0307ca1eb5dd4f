using Book.Search.Js;

namespace Book.Search.Indexing;

/// <summary>
/// Whitelisted metadata of one term in one field of one document: per key, one JSON value per occurrence
/// (lunr pushes the token's metadata value for each occurrence). Values are kept as JSON text in lunr's
/// own formatting, so a loaded index keeps whatever its producer wrote.
/// </summary>
public sealed class DocumentMetadata
{
    public JsObject<List<string>> Values { get; } = new();

    public void Add(string key, string jsonValue)
    {
        if (!Values.TryGetValue(key, out var list))
        {
            list = [];
            Values[key] = list;
        }

        list.Add(jsonValue);
    }
}
