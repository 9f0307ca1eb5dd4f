using System.Text.Json;
using Book.Search.Cases;
using Book.Search.Indexing;
using Book.Search.Tests.Support;

namespace Book.Search.Tests.Conformance;

/// <summary>
/// lunr.js itself (node + the pinned npm package) loads OUR serialized index with <c>lunr.Index.load</c>
/// and answers queries; our C# engine must answer the same (refs in order, scores, matched terms). On the
/// synthetic corpus lunr.js also builds the index from the same documents and the bytes must match.
/// </summary>
public sealed class NodeCrossCheckTests
{
    private static readonly string[] ExtraBookQueries =
    [
        "systems", "machine learning", "ml*", "*tion", "data~1", "+model +training", "+gpu -cpu", "title:purpose",
        "body:hardware^3 efficiency", "tinyml", "edge devices", "transformer", "energy efficient", "",
    ];

    [NodeFact(RequiresShared = true)]
    public void Lunr_js_loads_our_book_index_and_agrees_on_results()
    {
        var dir = RepoPaths.LunrConformance!;
        var (lunrCase, errors) = LunrCaseReader.Parse(File.ReadAllText(Path.Combine(dir, "mlsysbook-sections.case.json")));
        Assert.Empty(errors);
        CompareQueries(lunrCase!.BuildIndex(), [.. lunrCase.Queries, .. ExtraBookQueries]);
    }

    [NodeFact]
    public void Synthetic_corpus_bytes_and_results_match_lunr_js()
    {
        var lunrCase = SyntheticCorpus.Create(documents: 600, seed: 2309);
        CompareBytes(lunrCase);
        CompareQueries(lunrCase.BuildIndex(), lunrCase.Queries);
    }

    [NodeFact]
    public void Positions_whitelist_matches_lunr_js()
    {
        var lunrCase = SyntheticCorpus.Create(documents: 120, seed: 7, new IndexOptions { MetadataWhitelist = ["position", "index"] });
        CompareBytes(lunrCase);
    }

    [NodeFact]
    public void Without_stemming_neither_side_stems_queries()
    {
        var lunrCase = SyntheticCorpus.Create(documents: 200, seed: 11, new IndexOptions { Stemming = false });
        var json = CompareBytes(lunrCase);
        Assert.EndsWith("\"pipeline\":[]}", json);
        var index = lunrCase.BuildIndex();
        Assert.NotEmpty(index.Search("running"));
        CompareQueries(index, ["running", "runs", "connection", "connect*"]);
    }

    [NodeFact]
    public void Documents_added_twice_under_one_ref_match_lunr_js()
    {
        // lunr keeps a re-added ref's place in every JS object it already has a key in, replaces its term
        // frequencies and boost, and counts the document twice; the builder indexes in a deferred, parallel
        // pass, so this is where order could slip.
        foreach (var whitelist in new[] { Array.Empty<string>(), ["position"] })
        {
            var corpus = SyntheticCorpus.Create(documents: 150, seed: 41, new IndexOptions { MetadataWhitelist = whitelist });
            var docs = corpus.Documents;
            var again = Enumerable.Range(0, docs.Count).Where(i => i % 9 == 0).Select(i => docs[i] with { Fields = docs[docs.Count - 1 - i].Fields, Boost = 2 });
            var lunrCase = corpus with { Documents = [.. docs, .. again] };
            CompareBytes(lunrCase);
            CompareQueries(lunrCase.BuildIndex(), ["tensor", "core* latency", "+batch"]);
        }
    }

    private static string CompareBytes(LunrCase lunrCase)
    {
        var ours = lunrCase.BuildIndex().ToJson();
        using var answer = NodeLunr.Run(new { @case = SyntheticCorpus.ToRequest(lunrCase) });
        var theirs = answer.RootElement.GetProperty("index").GetString()!;
        var at = 0;
        while (at < Math.Min(ours.Length, theirs.Length) && ours[at] == theirs[at])
        {
            at++;
        }

        Assert.True(ours == theirs, $"bytes differ at {at}:\n ours: {Slice(ours, at)}\n lunr: {Slice(theirs, at)}");
        return ours;
    }

    private static void CompareQueries(LunrIndex index, IReadOnlyList<string> queries)
    {
        var path = Path.Combine(Path.GetTempPath(), $"book-index-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, index.ToJson());
        try
        {
            using var answer = NodeLunr.Run(new { indexPath = path, queries });
            var i = 0;
            foreach (var entry in answer.RootElement.GetProperty("results").EnumerateArray())
            {
                var query = queries[i++];
                if (entry.TryGetProperty("error", out var error))
                {
                    var e = Assert.Throws<Querying.QueryParseException>(() => index.Search(query));
                    Assert.Equal(error.GetString(), e.Message);
                    continue;
                }

                var ours = index.Search(query);
                var theirs = entry.GetProperty("results").EnumerateArray().ToList();
                Assert.True(
                    theirs.Select(r => r.GetProperty("ref").GetString()).SequenceEqual(ours.Select(r => r.Ref)),
                    $"'{query}': refs differ\n ours: {string.Join(", ", ours.Take(20).Select(r => r.Ref))}\n lunr: {string.Join(", ", theirs.Take(20).Select(r => r.GetProperty("ref").GetString()))}");
                for (var r = 0; r < theirs.Count; r++)
                {
                    Assert.Equal(theirs[r].GetProperty("score").GetDouble(), ours[r].Score, 1e-9);
                    var theirTerms = theirs[r].GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal);
                    Assert.Equal(theirTerms, ours[r].MatchData.Terms.Keys.Order(StringComparer.Ordinal));
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Slice(string s, int at) => s.Substring(Math.Max(0, at - 60), Math.Min(140, s.Length - Math.Max(0, at - 60)));
}
