using System.Text;
using Book.Search.Indexing;
using Book.Search.Querying;
using Book.Search.Serialization;

namespace Book.Search.Cases;

/// <summary>
/// Runs a case's queries and writes them as the goldens' <c>*.results.json</c> are written:
/// <c>JSON.stringify(results, null, 1)</c> of <c>[{query, results: [{ref, score}]}]</c>, scores to 6 decimals. A query that
/// does not parse gets <c>"error"</c> (lunr's message) instead of results.
/// </summary>
public static class CaseResults
{
    public static IReadOnlyList<(string Query, IReadOnlyList<SearchResult>? Results, string? Error)> Run(LunrIndex index, IEnumerable<string> queries)
    {
        var list = new List<(string, IReadOnlyList<SearchResult>?, string?)>();
        foreach (var query in queries)
        {
            try
            {
                list.Add((query, index.Search(query), null));
            }
            catch (QueryParseException e)
            {
                list.Add((query, null, e.Message));
            }
        }

        return list;
    }

    public static string ToJson(IReadOnlyList<(string Query, IReadOnlyList<SearchResult>? Results, string? Error)> results)
    {
        var b = new StringBuilder();
        if (results.Count == 0)
        {
            return "[]";
        }

        b.Append("[\n");
        for (var i = 0; i < results.Count; i++)
        {
            var (query, hits, error) = results[i];
            b.Append(" {\n  \"query\": ").Append(JsJson.Quote(query));
            if (error is not null)
            {
                b.Append(",\n  \"error\": ").Append(JsJson.Quote(error)).Append('\n');
            }
            else if (hits!.Count == 0)
            {
                b.Append(",\n  \"results\": []\n");
            }
            else
            {
                b.Append(",\n  \"results\": [\n");
                for (var j = 0; j < hits.Count; j++)
                {
                    b.Append("   {\n    \"ref\": ").Append(JsJson.Quote(hits[j].Ref))
                        .Append(",\n    \"score\": ").Append(JsNumber.Format(RoundTo6(hits[j].Score)))
                        .Append(j + 1 < hits.Count ? "\n   },\n" : "\n   }\n");
                }

                b.Append("  ]\n");
            }

            b.Append(i + 1 < results.Count ? " },\n" : " }\n");
        }

        return b.Append(']').ToString();
    }

    /// <summary>The goldens print scores to 6 decimals (<c>Math.round(score * 1e6) / 1e6</c>).</summary>
    public static double RoundTo6(double score)
    {
        var scaled = score * 1e6;
        var floor = Math.Floor(scaled);
        return (scaled - floor >= 0.5 ? floor + 1 : floor) / 1e6;
    }
}
