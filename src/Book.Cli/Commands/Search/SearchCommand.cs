using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Book.Core.Diagnostics;
using Book.Search.Indexing;
using Book.Search.Querying;
using Book.Search.Serialization;
using Book.Site.Search;

namespace Book.Cli.Commands.Search;

/// <summary>
/// <c>book search "query" [--site DIR]</c>: queries a built site's <c>search/index.json</c> with lunr's
/// query syntax, exactly as the browser would, and prints ref, score and chapter &gt; section.
/// </summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var queryArgument = new Argument<string>("query") { Description = "lunr query: terms, field:term, +required, -prohibited, term^boost, wild*, fuzzy~1" };
        var siteOption = new Option<DirectoryInfo>("--site") { Description = "The built site folder.", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var limitOption = new Option<int>("--limit") { Description = "Print at most this many results.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search a built site's index from the command line.");
        command.Arguments.Add(queryArgument);
        command.Options.Add(siteOption);
        command.Options.Add(limitOption);
        command.SetAction(parseResult => Run(parseResult.GetValue(queryArgument)!, parseResult.GetValue(siteOption)!, parseResult.GetValue(limitOption)));
        return command;
    }

    private static int Run(string query, DirectoryInfo site, int limit)
    {
        var indexPath = Path.Combine(site.FullName, WriteSearchIndex.IndexFile);
        if (!File.Exists(indexPath))
        {
            Console.Error.WriteLine($"{indexPath}: error BK620: no search index; build the site first (book build) or pass --site DIR");
            return ExitCodes.Usage;
        }

        LunrIndex index;
        Dictionary<string, SearchStoreEntry> store;
        try
        {
            index = LunrIndex.FromJson(File.ReadAllText(indexPath));
            var storePath = Path.Combine(site.FullName, WriteSearchIndex.StoreFile);
            store = File.Exists(storePath) ? SearchStore.Read(File.ReadAllText(storePath)) : [];
        }
        catch (Exception e) when (e is IndexFormatException or JsonException)
        {
            Console.Error.WriteLine($"{indexPath}: error BK621: not a lunr index: {e.Message}; rebuild the site");
            return ExitCodes.InputErrors;
        }

        IReadOnlyList<SearchResult> results;
        try
        {
            results = index.Search(query);
        }
        catch (QueryParseException e)
        {
            Console.Error.WriteLine(Diagnostic.Error("BK622", "query", 1, e.Start + 1, $"{e.Message} (in \"{query}\")"));
            return ExitCodes.InputErrors;
        }

        if (results.Count == 0)
        {
            Console.WriteLine($"no results for \"{query}\"");
            return ExitCodes.Ok;
        }

        foreach (var result in results.Take(limit))
        {
            var where = store.TryGetValue(result.Ref, out var entry) ? $"{entry.Chapter} > {entry.Section}" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Score,8:0.000}  {result.Ref}  {where}"));
        }

        if (results.Count > limit)
        {
            Console.WriteLine($"... {results.Count - limit} more (--limit)");
        }

        return ExitCodes.Ok;
    }
}
