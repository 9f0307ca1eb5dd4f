using System.Security.Cryptography;
using Book.Core.Diagnostics;
using Book.Search.Indexing;
using Book.Site.Pipeline;
using Book.Site.Search;
using Book.Site.Writing;

namespace Book.Benchmarks.Search;

/// <summary>
/// <c>search-stage [--iterations N] [--warmup W]</c>: the build's search stage (<see cref="WriteSearchIndex.AddTo"/>)
/// alone, in process, on the search documents a real build of the corpus collects: the first call (the
/// stage's code not compiled yet, as in a cold build under JIT), then warm medians of the whole stage and
/// of its parts (index build, index.json, index.js). Prints SHA-256 of the three files, so that a change
/// can be checked byte for byte against the previous commit's figures.
/// </summary>
public sealed class SearchStageBenchmark : IBenchmark
{
    public string Name => "search-stage";

    public string Description => "the build's search-index stage alone on the corpus's search documents (first call, warm medians, parts)";

    public int Run(string[] args)
    {
        var iterations = int.Parse(Arg(args, "--iterations", "20"), System.Globalization.CultureInfo.InvariantCulture);
        var warmup = int.Parse(Arg(args, "--warmup", "5"), System.Globalization.CultureInfo.InvariantCulture);
        if (SharedCorpus.Find() is not { } corpus)
        {
            Console.Error.WriteLine("../shared/corpus/mlsysbook is absent: the benchmark needs the real-book corpus");
            return 2;
        }

        var temp = Directory.CreateTempSubdirectory("book-search-stage-");
        try
        {
            var config = Build.CorpusSiteYml.Write(corpus, temp.FullName);
            var build = BuildSite.Run(new BuildOptions { ConfigPath = config, DryRun = true, DeferSearchIndex = true });
            var docs = build.SearchDocuments;
            var options = new SearchOptions();
            var chars = docs.Sum(d => (long)d.Chapter.Length + d.Section.Length + d.Body.Length);
            Console.WriteLine($"corpus build: {docs.Count} search documents, {chars / 1e6:0.00} M characters");

            SiteOutput output = new();
            var first = Measure.Milliseconds(() => output = Stage(docs, options));
            Console.WriteLine($"first call     : {first,8:0.00} ms  (stage code compiled on first use)");
            for (var i = 0; i < warmup; i++)
            {
                Stage(docs, options);
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            Stage(docs, options);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var (stage, cpu) = Samples(iterations, () => Stage(docs, options));
            LunrIndex index = null!;
            var (build1, build1Cpu) = Samples(iterations, () => index = BuildIndex(docs, options));
            byte[] json = [];
            var (serialize, serializeCpu) = Samples(iterations, () => json = index.ToUtf8Json());
            var store = output.Files.First(f => f.Key == WriteSearchIndex.StoreFile).Value;
            var (script, scriptCpu) = Samples(iterations, () => WriteSearchIndex.ScriptUtf8(json, store));
            Console.WriteLine($"stage (warm)   : median {Measure.Median(stage),8:0.00} ms  (MAD {Measure.Mad(stage):0.00}, n={iterations}, warm-up {warmup}); CPU {cpu:0.0} ms per call (all threads, mean); allocates {allocated / 1e6:0.0} MB");
            var before = GC.GetTotalAllocatedBytes(precise: true);
            index = BuildIndex(docs, options);
            var indexAllocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"  index build  : median {Measure.Median(build1),8:0.00} ms; CPU {build1Cpu:0.0} ms per call; allocates {indexAllocated / 1e6:0.0} MB");
            Console.WriteLine($"  index.json   : median {Measure.Median(serialize),8:0.00} ms; CPU {serializeCpu:0.0} ms per call");
            Console.WriteLine($"  index.js     : median {Measure.Median(script),8:0.00} ms; CPU {scriptCpu:0.0} ms per call");
            foreach (var (path, content) in output.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"{path,-18} {content.Length,10:N0} bytes  sha256 {Convert.ToHexStringLower(SHA256.HashData(content))}");
            }

            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static SiteOutput Stage(IReadOnlyList<SearchDocument> docs, SearchOptions options)
    {
        var output = new SiteOutput();
        WriteSearchIndex.AddTo(output, docs, options, new DiagnosticBag());
        return output;
    }

    // The index part of the stage, as WriteSearchIndex builds it (without the store).
    private static LunrIndex BuildIndex(IReadOnlyList<SearchDocument> docs, SearchOptions options)
    {
        var builder = new IndexBuilder(options.Fields.Select(f => new FieldDefinition(f.Name, f.Boost)), new IndexOptions { Stemming = options.Stemming });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (seen.Add(doc.Ref))
            {
                builder.Add(doc.Ref, field => field switch { "chapter" => doc.Chapter, "section" => doc.Section, "body" => doc.Body, _ => null });
            }
        }

        return builder.Build();
    }

    // Wall time of each call, and the process's CPU time per call (all threads): on a loaded machine the
    // CPU time moves less than the wall time, and it shows what parallel work costs the other stages.
    private static (List<double> Samples, double CpuPerCall) Samples(int iterations, Action action)
    {
        var samples = new List<double>(iterations);
        var cpu = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < iterations; i++)
        {
            samples.Add(Measure.Milliseconds(action));
        }

        return (samples, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / iterations);
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
