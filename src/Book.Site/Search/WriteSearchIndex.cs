using System.Text;
using Book.Core.Diagnostics;
using Book.Search.Indexing;

namespace Book.Site.Search;

/// <summary>
/// Stage: builds the lunr index of the site's search documents (one per section) and writes
/// <c>search/index.json</c> (lunr.js-identical bytes), <c>search/store.json</c> and <c>search/index.js</c>.
/// The script assigns both to <c>window.bookSearchData</c>: a page opened from <c>file://</c> cannot
/// fetch JSON, but it can load a script, as mdBook's searchindex.js does.
/// </summary>
public static class WriteSearchIndex
{
    public const string Folder = "search";
    public const string IndexFile = "search/index.json";
    public const string StoreFile = "search/store.json";
    public const string ScriptFile = "search/index.js";
    public const string GlobalName = "bookSearchData";

    public static SearchIndexFiles? Run(IReadOnlyList<SearchDocument> docs, string outputDir, SearchOptions options, DiagnosticBag diagnostics)
    {
        var output = new Writing.SiteOutput();
        var summary = AddTo(output, docs, options, diagnostics);
        foreach (var (path, content) in output.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(outputDir, path))!);
            File.WriteAllBytes(Path.Combine(outputDir, path), content);
        }

        return summary;
    }

    /// <summary>The build's stage: adds the three files to the site kept in memory (written with the rest, or served by <c>book serve</c>).</summary>
    public static SearchIndexFiles? AddTo(Writing.SiteOutput output, IReadOnlyList<SearchDocument> docs, SearchOptions options, DiagnosticBag diagnostics)
    {
        var files = Make(docs, options, diagnostics);
        if (files is null)
        {
            return null;
        }

        foreach (var (path, content) in files.Value.Files)
        {
            output.Add(path, content);
        }

        return files.Value.Summary;
    }

    private static ((string Path, byte[] Content)[] Files, SearchIndexFiles Summary)? Make(IReadOnlyList<SearchDocument> docs, SearchOptions options, DiagnosticBag diagnostics)
    {
        if (!options.Enabled || !ValidFields(options, diagnostics))
        {
            return null;
        }

        // Bytes all the way: the corpus index is 8.6 MB, and each string copy of it is 17 MB of UTF-16.
        var (index, storeJson) = BuildIndex(docs, options, diagnostics);
        var indexJson = index.ToUtf8Json();
        var store = Encoding.UTF8.GetBytes(storeJson);
        var script = ScriptUtf8(indexJson, store);
        var summary = new SearchIndexFiles(IndexFile, StoreFile, ScriptFile, indexJson.Length, script.Length, docs.Count);
        return ([(IndexFile, indexJson), (StoreFile, store), (ScriptFile, script)], summary);
    }

    /// <summary>
    /// <c>search/index.js</c>: the data as a JSON string handed to <c>JSON.parse</c>, not as an object literal.
    /// V8 parses JSON about twice as fast as JavaScript (1.3 s → 0.66 s for the corpus book's 8 MB in node),
    /// and this is most of the wait on first use of the search box (escaping: <see cref="SearchScript"/>).
    /// </summary>
    public static string Script(string indexJson, string storeJson) =>
        Encoding.UTF8.GetString(ScriptUtf8(Encoding.UTF8.GetBytes(indexJson), Encoding.UTF8.GetBytes(storeJson)));

    /// <summary><see cref="Script"/> from and to UTF-8, as the build writes it: no string copies of megabytes of JSON.</summary>
    public static byte[] ScriptUtf8(ReadOnlyMemory<byte> indexJson, ReadOnlyMemory<byte> storeJson) =>
        SearchScript.Utf8(indexJson, storeJson, GlobalName);

    /// <summary>The index JSON and store JSON, without touching the disk (tests, benchmarks, serve).</summary>
    public static (string IndexJson, string StoreJson) Build(IReadOnlyList<SearchDocument> docs, SearchOptions options, DiagnosticBag diagnostics)
    {
        var (index, store) = BuildIndex(docs, options, diagnostics);
        return (index.ToJson(), store);
    }

    private static (LunrIndex Index, string StoreJson) BuildIndex(IReadOnlyList<SearchDocument> docs, SearchOptions options, DiagnosticBag diagnostics)
    {
        var builder = new IndexBuilder(
            options.Fields.Select(f => new FieldDefinition(f.Name, f.Boost)),
            new IndexOptions { Stemming = options.Stemming, MetadataWhitelist = options.Positions ? ["position"] : [] });
        var store = new Dictionary<string, SearchStoreEntry>(StringComparer.Ordinal);
        var order = new List<string>(docs.Count);
        foreach (var doc in docs)
        {
            if (store.ContainsKey(doc.Ref))
            {
                diagnostics.Warning("BK601", doc.Ref, 0, 0, $"two search documents share the reference '{doc.Ref}' (duplicate section anchor?); the second is not indexed. Give the sections distinct {{#sec-...}} ids.");
                continue;
            }

            builder.Add(doc.Ref, field => field switch
            {
                "chapter" => doc.Chapter,
                "section" => doc.Section,
                "body" => doc.Body,
                _ => null,
            });
            store[doc.Ref] = new SearchStoreEntry(doc.Chapter, doc.Section, SearchStore.Snippet(doc.Body, options.SnippetLength));
            order.Add(doc.Ref);
        }

        return (builder.Build(), SearchStore.ToJson(order.Select(r => new KeyValuePair<string, SearchStoreEntry>(r, store[r]))));
    }

    private static bool ValidFields(SearchOptions options, DiagnosticBag diagnostics)
    {
        var ok = options.Fields.Count > 0;
        if (!ok)
        {
            diagnostics.Error("BK602", "site.yml", 0, 0, "search: fields is empty; list at least one of chapter, section, body (or set search: enabled: false)");
        }

        foreach (var field in options.Fields)
        {
            if (!SearchOptions.KnownFields.Contains(field.Name))
            {
                diagnostics.Error("BK603", "site.yml", 0, 0, $"search: unknown field '{field.Name}'; the search documents have chapter, section and body");
                ok = false;
            }
        }

        if (options.SnippetLength < 0)
        {
            diagnostics.Error("BK604", "site.yml", 0, 0, $"search: snippet length must be 0 or more (found {options.SnippetLength})");
            ok = false;
        }

        return ok;
    }
}
