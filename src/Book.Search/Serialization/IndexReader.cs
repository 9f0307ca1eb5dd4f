using System.Text.Json;
using Book.Search.Indexing;
using Book.Search.Pipeline;

namespace Book.Search.Serialization;

/// <summary>
/// <c>lunr.Index.load</c>: reads a serialized index (ours or lunr.js's) back into a <see cref="LunrIndex"/>.
/// Uses System.Text.Json from the base library, so the project stays free of package dependencies.
/// </summary>
public static class IndexReader
{
    /// <exception cref="IndexFormatException">The text is not a lunr index.</exception>
    public static LunrIndex Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new IndexFormatException($"not valid JSON: {e.Message}");
        }
    }

    private static LunrIndex Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new IndexFormatException("expected a JSON object with version, fields, fieldVectors, invertedIndex and pipeline");
        }

        var fields = Property(root, "fields", JsonValueKind.Array).EnumerateArray()
            .Select(f => f.ValueKind == JsonValueKind.String ? f.GetString()! : throw new IndexFormatException("'fields' must hold strings"))
            .ToList();

        var vectors = new List<KeyValuePair<string, FieldVector>>();
        foreach (var pair in Property(root, "fieldVectors", JsonValueKind.Array).EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2 || pair[0].ValueKind != JsonValueKind.String || pair[1].ValueKind != JsonValueKind.Array)
            {
                throw new IndexFormatException("each 'fieldVectors' entry must be [\"field/ref\", [index, value, ...]]");
            }

            var flat = pair[1].EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var indices = new int[flat.Length / 2];
            var values = new double[flat.Length / 2];
            for (var i = 0; i < indices.Length; i++)
            {
                indices[i] = (int)flat[2 * i];
                values[i] = flat[(2 * i) + 1];
            }

            vectors.Add(new(pair[0].GetString()!, new FieldVector(indices, values)));
        }

        var invertedIndex = new Dictionary<string, TermPosting>(StringComparer.Ordinal);
        foreach (var pair in Property(root, "invertedIndex", JsonValueKind.Array).EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2 || pair[0].ValueKind != JsonValueKind.String || pair[1].ValueKind != JsonValueKind.Object)
            {
                throw new IndexFormatException("each 'invertedIndex' entry must be [\"term\", {\"_index\": n, field: {ref: {...}}}]");
            }

            invertedIndex[pair[0].GetString()!] = ReadPosting(pair[0].GetString()!, pair[1], fields);
        }

        var pipeline = new List<IPipelineFunction>();
        foreach (var label in Property(root, "pipeline", JsonValueKind.Array).EnumerateArray())
        {
            var name = label.GetString() ?? string.Empty;
            pipeline.Add(PipelineFunctions.FromLabel(name)
                ?? throw new IndexFormatException($"Cannot load unregistered function: {name}"));
        }

        return new LunrIndex(fields, vectors, invertedIndex, new TokenPipeline(pipeline));
    }

    private static TermPosting ReadPosting(string term, JsonElement element, List<string> fields)
    {
        if (!element.TryGetProperty("_index", out var index) || index.ValueKind != JsonValueKind.Number)
        {
            throw new IndexFormatException($"posting of term '{term}' has no numeric _index");
        }

        var posting = new TermPosting(index.GetInt32(), fields.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < fields.Count; f++)
        {
            if (!element.TryGetProperty(fields[f], out var docObject) || docObject.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            seen.Clear();
            foreach (var doc in docObject.EnumerateObject())
            {
                DocumentMetadata? metadata = null;
                if (doc.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var key in doc.Value.EnumerateObject())
                    {
                        metadata ??= new DocumentMetadata();
                        if (key.Value.ValueKind != JsonValueKind.Array)
                        {
                            continue;
                        }

                        foreach (var value in key.Value.EnumerateArray())
                        {
                            metadata.Add(key.Name, value.GetRawText());
                        }
                    }
                }

                // JSON.parse keeps the last of repeated keys, in the first one's place.
                var docs = posting.Fields[f];
                if (seen.Add(doc.Name))
                {
                    docs.Add(doc.Name, metadata);
                }
                else
                {
                    docs.Replace(docs.Find(doc.Name), metadata);
                }
            }
        }

        return posting;
    }

    private static JsonElement Property(JsonElement root, string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != kind)
        {
            throw new IndexFormatException($"missing or malformed '{name}' (expected a JSON {kind.ToString().ToLowerInvariant()})");
        }

        return value;
    }
}
