using System.Text.Json;
using Book.Search.Cases;
using Book.Search.Indexing;
using Book.Search.Tests.Support;

namespace Book.Search.Tests.Conformance;

/// <summary>
/// Every <c>*.case.json</c> of the lunr goldens: our index must be byte-identical to lunr.js's
/// <c>*.index.json</c>, and our results must list the same refs in the same order with scores within 1e-6.
/// Adding a case is adding three files to the shared folder.
/// </summary>
public sealed class LunrGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (RepoPaths.LunrConformance is { } dir)
        {
            foreach (var file in Directory.GetFiles(dir, "*.case.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file)[..^".case.json".Length]);
            }
        }
        else
        {
            data.Add("(absent)");
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(Cases))]
    public void Index_is_byte_identical_to_lunr(string name)
    {
        var (lunrCase, expected) = Load(name, ".index.json");
        var actual = lunrCase.BuildIndex().ToJson();
        if (actual != expected)
        {
            var at = FirstDifference(actual, expected);
            Assert.Fail($"{name}: index differs from lunr.js at char {at}:\n ours: …{Around(actual, at)}…\n lunr: …{Around(expected, at)}…");
        }
    }

    // A loaded index has no builder ids for its documents: the serializer quotes each posting's ref itself
    // (and writes the metadata it read), and must still give lunr's bytes, in UTF-8 as the site writes them.
    [SharedTheory]
    [MemberData(nameof(Cases))]
    public void Loaded_index_serializes_back_to_the_same_bytes(string name)
    {
        var (_, expected) = Load(name, ".index.json");
        var bytes = LunrIndex.FromJson(expected).ToUtf8Json();
        Assert.True(bytes.AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(expected)), $"{name}: the re-serialized index differs from lunr.js's");
    }

    [SharedTheory]
    [MemberData(nameof(Cases))]
    public void Results_equal_lunr(string name)
    {
        var (lunrCase, expectedJson) = Load(name, ".results.json");
        var index = lunrCase.BuildIndex();
        using var expected = JsonDocument.Parse(expectedJson);
        foreach (var entry in expected.RootElement.EnumerateArray())
        {
            var query = entry.GetProperty("query").GetString()!;
            var ours = index.Search(query);
            var theirs = entry.GetProperty("results").EnumerateArray()
                .Select(r => (Ref: r.GetProperty("ref").GetString()!, Score: r.GetProperty("score").GetDouble()))
                .ToList();
            Assert.True(
                theirs.Select(r => r.Ref).SequenceEqual(ours.Select(r => r.Ref)),
                $"{name} '{query}': refs differ\n ours: {string.Join(", ", ours.Select(r => r.Ref))}\n lunr: {string.Join(", ", theirs.Select(r => r.Ref))}");
            for (var i = 0; i < theirs.Count; i++)
            {
                Assert.True(Math.Abs(theirs[i].Score - ours[i].Score) <= 1e-6, $"{name} '{query}' #{i} {theirs[i].Ref}: score {ours[i].Score} vs lunr {theirs[i].Score}");
            }
        }
    }

    private static (LunrCase Case, string Expected) Load(string name, string suffix)
    {
        var dir = RepoPaths.LunrConformance!;
        var (lunrCase, errors) = LunrCaseReader.Parse(File.ReadAllText(Path.Combine(dir, name + ".case.json")));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return (lunrCase!, File.ReadAllText(Path.Combine(dir, name + suffix)));
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    private static string Around(string s, int at) => s.Substring(Math.Max(0, at - 80), Math.Min(160, s.Length - Math.Max(0, at - 80)));
}
