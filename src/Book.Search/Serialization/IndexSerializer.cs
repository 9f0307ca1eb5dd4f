using System.Text;
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
        var builder = new StringBuilder(1 << 16);
        builder.Append("{\"version\":\"").Append(LunrIndex.Version).Append("\",\"fields\":");
        AppendStringArray(builder, index.Fields);

        builder.Append(",\"fieldVectors\":[");
        var first = true;
        foreach (var (fieldRef, vector) in index.FieldVectors)
        {
            builder.Append(first ? "[" : ",[");
            first = false;
            JsJson.AppendString(builder, fieldRef);
            builder.Append(",[");
            for (var i = 0; i < vector.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                builder.Append(vector.Indices[i]).Append(',').Append(JsNumber.Format(vector.Values[i]));
            }

            builder.Append("]]");
        }

        builder.Append("],\"invertedIndex\":[");
        var postingKeys = PostingKeyOrder(index.Fields);
        first = true;
        foreach (var term in index.SortedTerms)
        {
            builder.Append(first ? "[" : ",[");
            first = false;
            JsJson.AppendString(builder, term);
            builder.Append(",{");
            AppendPosting(builder, index.InvertedIndex[term], index.Fields, postingKeys);
            builder.Append("}]");
        }

        builder.Append("],\"pipeline\":");
        AppendStringArray(builder, index.SearchPipeline.Labels);
        builder.Append('}');
        return builder.ToString();
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

    private static void AppendPosting(StringBuilder builder, TermPosting posting, IReadOnlyList<string> fields, int[] keyOrder)
    {
        var first = true;
        foreach (var key in keyOrder)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            if (key < 0)
            {
                builder.Append("\"_index\":").Append(posting.Index);
                continue;
            }

            JsJson.AppendString(builder, fields[key]);
            builder.Append(":{");
            var firstDoc = true;
            foreach (var (docRef, metadata) in posting.Fields[key].Entries())
            {
                if (!firstDoc)
                {
                    builder.Append(',');
                }

                firstDoc = false;
                JsJson.AppendString(builder, docRef);
                builder.Append(":{");
                if (metadata is not null)
                {
                    AppendMetadata(builder, metadata);
                }

                builder.Append('}');
            }

            builder.Append('}');
        }
    }

    private static void AppendMetadata(StringBuilder builder, DocumentMetadata metadata)
    {
        var first = true;
        foreach (var (key, values) in metadata.Values.Entries())
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            JsJson.AppendString(builder, key);
            builder.Append(":[").AppendJoin(',', values).Append(']');
        }
    }

    private static void AppendStringArray(StringBuilder builder, IReadOnlyList<string> values)
    {
        builder.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            JsJson.AppendString(builder, values[i]);
        }

        builder.Append(']');
    }
}
