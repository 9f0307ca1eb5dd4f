using System.Text;
using System.Text.Json;
using Book.Search.Serialization;

namespace Book.Site.Search;

/// <summary>
/// The store beside the index (<c>search/store.json</c>): ref → {chapter, section, text}. lunr returns refs
/// and scores only; the results list needs titles and a snippet without fetching pages.
/// </summary>
public static class SearchStore
{
    public static string ToJson(IEnumerable<KeyValuePair<string, SearchStoreEntry>> entries)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (docRef, entry) in entries)
        {
            builder.Append(first ? string.Empty : ",");
            first = false;
            JsJson.AppendString(builder, docRef);
            builder.Append(":{\"chapter\":");
            JsJson.AppendString(builder, entry.Chapter);
            builder.Append(",\"section\":");
            JsJson.AppendString(builder, entry.Section);
            builder.Append(",\"text\":");
            JsJson.AppendString(builder, entry.Text);
            builder.Append('}');
        }

        return builder.Append('}').ToString();
    }

    /// <exception cref="JsonException">Not a store.</exception>
    public static Dictionary<string, SearchStoreEntry> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var store = new Dictionary<string, SearchStoreEntry>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            store[property.Name] = new SearchStoreEntry(
                Text(property.Value, "chapter"),
                Text(property.Value, "section"),
                Text(property.Value, "text"));
        }

        return store;
    }

    /// <summary>The first <paramref name="length"/> characters of <paramref name="body"/>, whitespace collapsed, cut at a word.</summary>
    public static string Snippet(string body, int length)
    {
        var builder = new StringBuilder(Math.Min(body.Length, length + 1));
        var pendingSpace = false;
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > length)
            {
                var cut = builder.ToString().LastIndexOf(' ', length);
                return (cut > length / 2 ? builder.ToString(0, cut) : builder.ToString(0, length)) + "…";
            }
        }

        return builder.ToString();
    }

    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
