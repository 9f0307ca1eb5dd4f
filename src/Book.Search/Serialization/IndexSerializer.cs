using Book.Search.Indexing;
using Book.Search.Js;

namespace Book.Search.Serialization;

/// <summary>
/// Writes an index as <c>JSON.stringify(idx)</c> does with lunr 2.3.9's <c>Index.toJSON</c>: keys
/// version, fields, fieldVectors, invertedIndex (sorted by term), pipeline; no whitespace; JS number and
/// string formatting; object keys in JS enumeration order.
/// </summary>
public static class IndexSerializer
{
    public static string Serialize(LunrIndex index)
    {
        var (vectors, firstTerms, lastTerms) = WriteParts(index);
        try
        {
            return string.Create(vectors.Length + firstTerms.Length + lastTerms.Length, (vectors, firstTerms, lastTerms), static (span, parts) =>
            {
                parts.vectors.CopyTo(span);
                parts.firstTerms.CopyTo(span[parts.vectors.Length..]);
                parts.lastTerms.CopyTo(span[(parts.vectors.Length + parts.firstTerms.Length)..]);
            });
        }
        finally
        {
            vectors.Dispose();
            firstTerms.Dispose();
            lastTerms.Dispose();
        }
    }

    /// <summary>
    /// The same JSON as <see cref="Serialize"/>, encoded as UTF-8 straight from the buffers: a site
    /// writes bytes, and the index is megabytes, so the string in between is worth skipping.
    /// </summary>
    public static byte[] SerializeUtf8(LunrIndex index)
    {
        var (vectors, firstTerms, lastTerms) = WriteParts(index);
        try
        {
            JsonText[] parts = [vectors, firstTerms, lastTerms];
            var bytes = new byte[parts.Sum(p => p.Utf8Length)];
            var at = 0;
            foreach (var part in parts)
            {
                at += part.EncodeUtf8(bytes.AsSpan(at));
            }

            return bytes;
        }
        finally
        {
            vectors.Dispose();
            firstTerms.Dispose();
            lastTerms.Dispose();
        }
    }

    private static (JsonText Vectors, JsonText FirstTerms, JsonText LastTerms) WriteParts(LunrIndex index)
    {
        // Three independent stretches of text, written in parallel and joined: the field vectors, and
        // the two halves of the (sorted) inverted index.
        var terms = index.SortedTerms;
        var half = terms.Length / 2;
        var estimate = EstimateLength(index);
        var vectors = new JsonText(estimate.Vectors);
        var firstTerms = new JsonText(estimate.Terms / 2 + 64);
        var lastTerms = new JsonText(estimate.Terms / 2 + 64);
        Parallel.Invoke(
            () => WriteVectors(vectors, index),
            () => WriteTerms(firstTerms, index, terms.AsSpan(0, half), first: true),
            () => WriteTerms(lastTerms, index, terms.AsSpan(half), first: half == 0));
        lastTerms.Append("],\"pipeline\":");
        AppendStringArray(lastTerms, index.SearchPipeline.Labels);
        lastTerms.Append('}');
        return (vectors, firstTerms, lastTerms);
    }

    private static void WriteVectors(JsonText json, LunrIndex index)
    {
        json.Append("{\"version\":\"").Append(LunrIndex.Version).Append("\",\"fields\":");
        AppendStringArray(json, index.Fields);
        json.Append(",\"fieldVectors\":[");
        var first = true;
        foreach (var (fieldRef, vector) in index.FieldVectors)
        {
            json.Append(first ? "[" : ",[");
            first = false;
            json.AppendString(fieldRef).Append(",[");
            for (var i = 0; i < vector.Count; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                json.Append(vector.Indices[i]).Append(',').AppendNumber(vector.Values[i]);
            }

            json.Append("]]");
        }

        json.Append("],\"invertedIndex\":[");
    }

    private static void WriteTerms(JsonText json, LunrIndex index, ReadOnlySpan<string> terms, bool first)
    {
        var postingKeys = PostingKeyOrder(index.Fields);
        foreach (var term in terms)
        {
            json.Append(first ? "[" : ",[");
            first = false;
            json.AppendString(term).Append(",{");
            AppendPosting(json, index.InvertedIndex[term], index.Fields, postingKeys);
            json.Append("}]");
        }
    }

    /// <summary>
    /// The buffers' starting sizes, close to what they will hold, so that they rarely grow: each growth of a
    /// megabytes-long buffer is a fresh large-object allocation and a copy. A field vector entry is a term
    /// index and a score (about 12 characters); each entry also stands for one posting in the inverted
    /// index, written as the document's reference and its metadata (<c>"ref":{}</c>, more with metadata).
    /// </summary>
    private static (int Vectors, int Terms) EstimateLength(LunrIndex index)
    {
        long vectors = 0;
        long postings = 0;
        foreach (var (fieldRef, vector) in index.FieldVectors)
        {
            vectors += fieldRef.Length + 8 + (long)vector.Count * 12;
            var docRefLength = fieldRef.Length - fieldRef.IndexOf('/') - 1;
            postings += (long)vector.Count * (docRefLength + 6);
        }

        var terms = postings + (long)index.InvertedIndex.Count * (24 + 16 * index.Fields.Count);
        return ((int)Math.Min(vectors + 64, 1 << 28), (int)Math.Min(terms, 1 << 28));
    }

    // A posting object holds "_index" then one key per field; a field named like "0" would come first in JS.
    // -1 stands for "_index", otherwise the field's position.
    private static int[] PostingKeyOrder(IReadOnlyList<string> fields)
    {
        var order = new JsObject<int>();
        order["_index"] = -1;
        for (var i = 0; i < fields.Count; i++)
        {
            order[fields[i]] = i;
        }

        return [.. order.Entries().Select(e => e.Value)];
    }

    private static void AppendPosting(JsonText json, TermPosting posting, IReadOnlyList<string> fields, int[] keyOrder)
    {
        var first = true;
        foreach (var key in keyOrder)
        {
            if (!first)
            {
                json.Append(',');
            }

            first = false;
            if (key < 0)
            {
                json.Append("\"_index\":").Append(posting.Index);
                continue;
            }

            json.AppendString(fields[key]).Append(":{");
            var docs = posting.Fields[key];
            for (var i = 0; i < docs.Count; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                json.AppendString(docs.RefAt(i)).Append(":{");
                if (docs.MetadataAt(i) is { } metadata)
                {
                    AppendMetadata(json, metadata);
                }

                json.Append('}');
            }

            json.Append('}');
        }
    }

    private static void AppendMetadata(JsonText json, DocumentMetadata metadata)
    {
        var first = true;
        foreach (var (key, values) in metadata.Values.Entries())
        {
            if (!first)
            {
                json.Append(',');
            }

            first = false;
            json.AppendString(key).Append(":[");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                json.Append(values[i]);
            }

            json.Append(']');
        }
    }

    private static void AppendStringArray(JsonText json, IReadOnlyList<string> values)
    {
        json.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.AppendString(values[i]);
        }

        json.Append(']');
    }
}
