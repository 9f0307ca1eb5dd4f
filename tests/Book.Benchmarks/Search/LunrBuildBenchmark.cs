using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Book.Core.Diagnostics;
using Book.Site.Search;

namespace Book.Benchmarks.Search;

/// <summary>
/// <c>lunr-build [--corpus chapters|case] [--iterations N] [--warmup W]</c>: builds and serializes the search
/// index of the same documents in C# (Book.Search) and with lunr.js 2.3.9 in node, in one run; prints both
/// medians, the speed ratio (goal: C# ≥ 5×), whether the bytes are identical, and the gzip size.
/// </summary>
public sealed class LunrBuildBenchmark : IBenchmark
{
    public string Name => "lunr-build";

    public string Description => "search index build: Book.Search vs lunr.js 2.3.9 in node (same documents)";

    public int Run(string[] args)
    {
        var corpus = Arg(args, "--corpus", "chapters");
        var iterations = int.Parse(Arg(args, "--iterations", "20"), System.Globalization.CultureInfo.InvariantCulture);
        var warmup = int.Parse(Arg(args, "--warmup", "5"), System.Globalization.CultureInfo.InvariantCulture);
        var root = FindRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        if (!Directory.Exists(shared))
        {
            Console.Error.WriteLine($"{shared} is absent: the benchmark needs the real-book corpus");
            return 2;
        }

        var docs = corpus == "case" ? FromCase(Path.Combine(shared, "conformance", "lunr", "mlsysbook-sections.case.json")) : SectionCorpus.FromChapters(Path.Combine(shared, "corpus", "mlsysbook"));
        var options = new SearchOptions();
        var chars = docs.Sum(d => (long)d.Chapter.Length + d.Section.Length + d.Body.Length);
        Console.WriteLine($"corpus: {corpus}, {docs.Count} search documents, {chars / 1e6:0.00} M characters; fields {string.Join(", ", options.Fields.Select(f => $"{f.Name}^{f.Boost}"))}");

        // C#: pilot + warm-up, then measured iterations of build + serialize.
        string ours = string.Empty;
        for (var i = 0; i < warmup; i++)
        {
            ours = BuildIndex(docs, options);
        }

        var samples = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            samples.Add(Measure.Milliseconds(() => ours = BuildIndex(docs, options)));
        }

        var lunr = RunNode(root, docs, options, warmup, iterations);
        var ourMedian = Measure.Median(samples);
        Console.WriteLine($"C# Book.Search : median {ourMedian,8:0.00} ms  (MAD {Measure.Mad(samples):0.00}, n={iterations}, warm-up {warmup})");
        if (lunr is null)
        {
            return 1;
        }

        var (theirSamples, theirs, loadMs, querySamples) = lunr.Value;
        var theirMedian = Measure.Median(theirSamples);
        Console.WriteLine($"lunr.js (node) : median {theirMedian,8:0.00} ms  (MAD {Measure.Mad(theirSamples):0.00}, n={iterations}, warm-up {warmup})");
        Console.WriteLine($"ratio          : C# is {theirMedian / ourMedian:0.0}x faster (goal >= 5x)");
        Console.WriteLine($"bytes          : {(ours == theirs ? "identical" : "DIFFERENT")} ({Encoding.UTF8.GetByteCount(ours):N0} bytes)");
        Console.WriteLine($"gzip           : {Gzip(ours):N0} bytes (index.json, level Optimal)");
        Console.WriteLine($"lunr.js query  : Index.load {loadMs:0.0} ms; 50 queries p50 {Measure.Median(querySamples):0.00} ms, p95 {Measure.Percentile(querySamples, 95):0.00} ms (node/V8, not Chromium)");
        return ours == theirs ? 0 : 1;
    }

    private static string BuildIndex(IReadOnlyList<SearchDocument> docs, SearchOptions options) =>
        WriteSearchIndex.Build(docs, options, new DiagnosticBag()).IndexJson;

    private static (List<double> Samples, string Index, double LoadMs, List<double> QuerySamples)? RunNode(string root, IReadOnlyList<SearchDocument> docs, SearchOptions options, int warmup, int iterations)
    {
        var nodeFolder = Path.Combine(root, "tests", "Book.Search.Tests", "node");
        if (!Directory.Exists(Path.Combine(nodeFolder, "node_modules", "lunr")))
        {
            Console.WriteLine("installing lunr@2.3.9 (npm ci) ...");
            if (Exec("npm", ["ci", "--no-audit", "--no-fund"], nodeFolder, null).Code != 0)
            {
                Console.Error.WriteLine($"npm ci failed in {nodeFolder}; lunr.js side not measured");
                return null;
            }
        }

        var temp = Directory.CreateTempSubdirectory("book-lunr-bench-");
        try
        {
            var docsPath = Path.Combine(temp.FullName, "docs.json");
            var outPath = Path.Combine(temp.FullName, "index.json");
            File.WriteAllText(docsPath, JsonSerializer.Serialize(new
            {
                fields = options.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
                stemming = options.Stemming,
                documents = docs.Select(d => new { @ref = d.Ref, chapter = d.Chapter, section = d.Section, body = d.Body }),
            }));
            var script = Path.Combine(root, "tests", "Book.Benchmarks", "Search", "lunr-build-bench.js");
            var (code, stdout, stderr) = Exec("node", [script, docsPath, outPath, warmup.ToString(System.Globalization.CultureInfo.InvariantCulture), iterations.ToString(System.Globalization.CultureInfo.InvariantCulture)], nodeFolder, Path.Combine(nodeFolder, "node_modules"));
            if (code != 0)
            {
                Console.Error.WriteLine($"node failed ({code}): {stderr}");
                return null;
            }

            using var answer = JsonDocument.Parse(stdout);
            var samples = answer.RootElement.GetProperty("samples").EnumerateArray().Select(s => s.GetDouble()).ToList();
            var querySamples = answer.RootElement.GetProperty("querySamples").EnumerateArray().Select(s => s.GetDouble()).ToList();
            return (samples, File.ReadAllText(outPath), answer.RootElement.GetProperty("loadMs").GetDouble(), querySamples);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static List<SearchDocument> FromCase(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => new SearchDocument(d.GetProperty("ref").GetString()!, string.Empty, d.GetProperty("title").GetString() ?? string.Empty, d.GetProperty("body").GetString() ?? string.Empty))
            .ToList();
    }

    private static long Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    private static (int Code, string Stdout, string Stderr) Exec(string file, string[] args, string cwd, string? nodePath)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (nodePath is not null)
        {
            info.Environment["NODE_PATH"] = nodePath;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Book.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
