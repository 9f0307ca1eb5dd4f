using System.Text.Json;
using Book.Core.Diagnostics;
using Book.Search.Indexing;
using Book.Search.Pipeline;
using Book.Search.Tests.Support;
using Book.Site.Search;

namespace Book.Search.Tests.Site;

/// <summary>The site's search stage: files written, title words findable, the stemming trap avoided.</summary>
public sealed class WriteSearchIndexTests : IDisposable
{
    private static readonly SearchDocument[] Docs =
    [
        new("quantization.html#sec-affine", "Quantization", "Affine quantization", "A scale and a zero point map reals to int8. Running the quantizer twice is idempotent."),
        new("quantization.html#sec-symmetric", "Quantization", "Symmetric quantization", "The zero point is fixed at 0; only the scale is learned."),
        new("benchmarking.html#sec-median", "Benchmarking and measurement", "Medians, not means", "Report the median of runs and its dispersion; warm-up runs are discarded."),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("book-search-site-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_index_store_and_script_for_file_urls()
    {
        var bag = new DiagnosticBag();
        var files = WriteSearchIndex.Run(Docs, _dir, new SearchOptions(), bag);

        Assert.NotNull(files);
        Assert.False(bag.HasErrors);
        var indexJson = File.ReadAllText(Path.Combine(_dir, "search", "index.json"));
        var script = File.ReadAllText(Path.Combine(_dir, "search", "index.js"));
        var store = SearchStore.Read(File.ReadAllText(Path.Combine(_dir, "search", "store.json")));
        Assert.StartsWith("{\"version\":\"2.3.9\",\"fields\":[\"chapter\",\"section\",\"body\"]", indexJson);
        Assert.Contains("window.bookSearchData=JSON.parse('{\"index\":" + indexJson.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + ",\"store\":", script);
        Assert.Equal("Affine quantization", store["quantization.html#sec-affine"].Section);
        Assert.Equal(Docs[2].Body, store["benchmarking.html#sec-median"].Text);

        var index = LunrIndex.FromJson(indexJson);
        Assert.Equal("benchmarking.html#sec-median", index.Search("median").First().Ref);
        Assert.Equal("quantization.html#sec-affine", index.Search("affine").Single().Ref);
    }

    [Fact]
    public void Section_title_outranks_chapter_title_outranks_body()
    {
        var (indexJson, _) = WriteSearchIndex.Build(Docs, new SearchOptions(), new DiagnosticBag());
        var hits = LunrIndex.FromJson(indexJson).Search("symmetric quantization");
        Assert.Equal("quantization.html#sec-symmetric", hits[0].Ref);
        Assert.Equal("quantization.html#sec-affine", hits[1].Ref);
    }

    [Fact]
    public void Without_stemming_the_index_declares_no_stemmer_and_running_is_found()
    {
        var options = new SearchOptions { Stemming = false };
        var (indexJson, _) = WriteSearchIndex.Build(Docs, options, new DiagnosticBag());
        Assert.EndsWith(",\"pipeline\":[]}", indexJson);
        var index = LunrIndex.FromJson(indexJson);
        Assert.Empty(index.SearchPipeline.Functions);
        Assert.Equal("quantization.html#sec-affine", index.Search("running").Single().Ref);
        Assert.Empty(index.Search("run"));

        // The trap: the same unstemmed index queried through a stemmer finds nothing for "running".
        var trapped = new LunrIndex(index.Fields, index.FieldVectors, index.InvertedIndex, new TokenPipeline([new PorterStemmer()]));
        Assert.Empty(trapped.Search("running"));
    }

    [Fact]
    public void Bad_options_and_duplicate_refs_are_diagnostics()
    {
        var bag = new DiagnosticBag();
        Assert.Null(WriteSearchIndex.Run(Docs, _dir, new SearchOptions { Fields = [new("title", 2)] }, bag));
        Assert.Contains(bag.Items, d => d.Code == "BK603" && d.Message.Contains("'title'"));

        var dup = new DiagnosticBag();
        WriteSearchIndex.Build([Docs[0], Docs[0] with { Body = "other" }], new SearchOptions(), dup);
        Assert.Contains(dup.Items, d => d.Code == "BK601" && d.Severity == Severity.Warning);
    }

    [SharedFact]
    public void Every_book_section_is_findable_by_a_word_of_its_title()
    {
        using var lunrCase = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.LunrConformance!, "mlsysbook-sections.case.json")));
        var docs = lunrCase.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => new SearchDocument(d.GetProperty("ref").GetString()!, d.GetProperty("ref").GetString()!.Split('#')[0], d.GetProperty("title").GetString()!, d.GetProperty("body").GetString()!))
            .ToList();
        var (indexJson, _) = WriteSearchIndex.Build(docs, new SearchOptions(), new DiagnosticBag());
        var index = LunrIndex.FromJson(indexJson);
        var unfindable = new List<string>();
        var checkedCount = 0;
        foreach (var doc in docs)
        {
            var words = doc.Section.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
                .Where(w => w.Length > 0 && !StopWordFilter.IsStopWord(w))
                .ToList();
            if (words.Count == 0)
            {
                continue; // e.g. a title of only punctuation ("---"): nothing a reader could type
            }

            checkedCount++;
            var word = words.OrderByDescending(w => w.Length).First();
            if (!index.Search("section:" + word).Any(r => r.Ref == doc.Ref))
            {
                unfindable.Add($"{doc.Ref} ('{doc.Section}' by '{word}')");
            }
        }

        Assert.True(checkedCount > 30, $"only {checkedCount} titled sections checked");
        Assert.True(unfindable.Count == 0, "not findable by a title word: " + string.Join("; ", unfindable));
    }

    [Fact]
    public void Written_files_are_the_utf8_of_the_string_forms()
    {
        // The site writes the index and its script from UTF-8 bytes; they must equal the string forms,
        // including the escapes: quotes, backslashes, U+2028/U+2029, and other E2-led characters (…, €).
        var docs = new[] { new SearchDocument("odd.html#sec-x", "It's \\ odd … €", "Line\u2028sep\u2029para", "a 'quoted' \\path\\ \"double\" quotes, Grüße 中文 🙂 \u2026") };
        WriteSearchIndex.Run(docs, _dir, new SearchOptions(), new DiagnosticBag());
        var (indexJson, storeJson) = WriteSearchIndex.Build(docs, new SearchOptions(), new DiagnosticBag());

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(indexJson), File.ReadAllBytes(Path.Combine(_dir, "search", "index.json")));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(WriteSearchIndex.Script(indexJson, storeJson)), File.ReadAllBytes(Path.Combine(_dir, "search", "index.js")));
    }

    [Fact]
    public void Script_of_megabytes_escapes_across_the_parallel_chunks()
    {
        // The script is escaped in 1 MB chunks. ASCII text with escapes placed on the chunk ends: a U+2028
        // straddling the first (bytes E2 | 80 A8), one starting on the second, a U+2029 ending just past the
        // third, quotes and backslashes beside them, and E2-led characters that need no escape after them.
        const int MB = 1 << 20;
        var chars = new string('x', (3 * MB) + 100).ToCharArray();
        (int At, char C)[] marks =
        [
            (MB - 2, '\''), (MB - 1, '\u2028'), (MB, '\\'),
            ((2 * MB) - 3, '\\'), ((2 * MB) - 2, '\u2028'), ((2 * MB) - 1, '\''),
            ((3 * MB) - 6, '\u2029'), ((3 * MB) - 5, '\\'),
            ((3 * MB) + 10, '\u2026'), ((3 * MB) + 11, '\u20ac'), ((3 * MB) + 12, '\u00e9'),
        ];
        foreach (var (at, c) in marks)
        {
            chars[at] = c;
        }

        var json = new string(chars);
        var store = "{\"a\":\"it's\"}";
        var expected = "/* lunr 2.3.9 search index and result store; a script (not JSON) so that search works from file:// */\n"
            + "window.bookSearchData=JSON.parse('{\"index\":" + Escape(json) + ",\"store\":" + Escape(store) + "}');\n";
        var script = WriteSearchIndex.ScriptUtf8(System.Text.Encoding.UTF8.GetBytes(json), System.Text.Encoding.UTF8.GetBytes(store));
        Assert.True(System.Text.Encoding.UTF8.GetBytes(expected).AsSpan().SequenceEqual(script), "the chunked escaping differs from the plain replacement");

        static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal);
    }

    [NodeFact]
    public void Script_hands_javascript_exactly_the_index_and_store_json()
    {
        // Quotes, backslashes and U+2028/U+2029 are what the JSON-in-a-JS-string encoding must escape.
        var docs = new[] { new SearchDocument("odd.html#sec-x", "It's \\ odd", "Line\u2028sep\u2029para", "a 'quoted' \\path\\ and \"double\" quotes") };
        WriteSearchIndex.Run(docs, _dir, new SearchOptions(), new DiagnosticBag());
        var probe = Path.Combine(_dir, "roundtrip.js");
        File.WriteAllText(probe, $$"""
            const fs = require('fs');
            global.window = {};
            require({{JsonSerializer.Serialize(Path.Combine(_dir, "search", "index.js"))}});
            const same = JSON.stringify(window.bookSearchData.index) === fs.readFileSync({{JsonSerializer.Serialize(Path.Combine(_dir, "search", "index.json"))}}, 'utf8')
              && JSON.stringify(window.bookSearchData.store) === fs.readFileSync({{JsonSerializer.Serialize(Path.Combine(_dir, "search", "store.json"))}}, 'utf8');
            process.stdout.write(same ? 'same' : 'different');
            """);
        var output = RunNode(probe);
        Assert.Equal("same", output);
    }

    [NodeFact]
    public void Lunr_js_runs_the_written_index_script_as_a_browser_would()
    {
        WriteSearchIndex.Run(Docs, _dir, new SearchOptions(), new DiagnosticBag());
        var script = Path.Combine(_dir, "search", "index.js");
        var lunrPath = Path.Combine(NodeLunr.Folder, "node_modules", "lunr");
        NodeLunr.Run(new { }).Dispose(); // installs lunr when node_modules is missing
        var probe = Path.Combine(_dir, "probe.js");
        File.WriteAllText(probe, $$"""
            global.window = {};
            require({{JsonSerializer.Serialize(script)}});
            const lunr = require({{JsonSerializer.Serialize(lunrPath)}});
            const idx = lunr.Index.load(window.bookSearchData.index);
            const hits = idx.search('zero point');
            process.stdout.write(JSON.stringify(hits.map(h => [h.ref, window.bookSearchData.store[h.ref].section])));
            """);
        var output = RunNode(probe);
        Assert.Equal("[[\"quantization.html#sec-symmetric\",\"Symmetric quantization\"],[\"quantization.html#sec-affine\",\"Affine quantization\"]]", output);
    }

    /// <summary>Runs a script with node; returns what it printed (it must exit with 0).</summary>
    private static string RunNode(string script)
    {
        var info = new System.Diagnostics.ProcessStartInfo("node", script) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
