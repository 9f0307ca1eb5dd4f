using System.Diagnostics;
using System.Globalization;
using Book.Site.Pipeline;

namespace Book.Benchmarks.Build;

/// <summary>
/// Issue 2 "Speed": the full build of the MLSysBook corpus (8 chapters, every feature on) against Hugo
/// (the same Markdown, a minimal site) and pandoc (one call per chapter, as under Quarto), in one run.
/// Ours is measured three ways: the CLI as users start it (cold process, JIT), optionally a
/// ReadyToRun build of the CLI (<c>--r2r path/to/book</c>), and in-process warm (the work without
/// start-up, what <c>book serve</c> pays per rebuild).
/// <c>dotnet run -c Release --project tests/Book.Benchmarks -- build [--runs N] [--pandoc-runs N] [--r2r PATH]</c>
/// </summary>
public sealed class BuildBenchmark : IBenchmark
{
    public string Name => "build";

    public string Description => "corpus site build vs Hugo and pandoc (medians, ratios, peak memory)";

    public int Run(string[] args)
    {
        var runs = Option(args, "--runs", 7);
        var pandocRuns = Option(args, "--pandoc-runs", 3);
        var r2r = args.SkipWhile(a => a != "--r2r").Skip(1).FirstOrDefault();
        var corpus = FindCorpus();
        if (corpus is null)
        {
            Console.Error.WriteLine("../shared/corpus/mlsysbook not found beside the repository; nothing to measure.");
            return 1;
        }

        var work = Path.Combine(Path.GetTempPath(), "book-build-bench-" + Guid.NewGuid().ToString("N"));
        var config = CorpusSiteYml.Write(corpus, work);
        var chapters = CorpusSiteYml.Parts.SelectMany(p => p.Chapters)
            .Select(c => Path.Combine(corpus, "book", "quarto", "contents", "core", c, c + ".qmd")).ToList();
        var characters = chapters.Sum(c => new FileInfo(c).Length);
        Console.WriteLine($"corpus: {chapters.Count} chapters, {characters / 1e6:0.00} MB of Markdown; {runs} runs ({pandocRuns} for pandoc); {Environment.ProcessorCount} cores");

        var results = new List<(string Name, List<double> Ms, double PeakMb)>();
        var cli = Path.Combine(AppContext.BaseDirectory, "book.dll");
        results.Add(Measure("book build (CLI, JIT)", runs, () => TimedProcess.Run("dotnet", [cli, "build", "--config", config, "--output", Path.Combine(work, "_site")])));
        if (r2r is not null)
        {
            results.Add(Measure("book build (CLI, ReadyToRun)", runs, () => TimedProcess.Run(r2r, ["build", "--config", config, "--output", Path.Combine(work, "_site")])));
        }

        results.Add(MeasureInProcess(config, Path.Combine(work, "_site_warm"), runs));
        var hugo = HugoSite.Write(Path.Combine(work, "hugo"), chapters);
        results.Add(Measure("hugo", runs, () => TimedProcess.Run("hugo", ["--quiet", "--source", hugo, "--destination", Path.Combine(work, "hugo-out")])));
        results.Add(Measure("pandoc (1 call per chapter)", pandocRuns, () => Pandoc(chapters, Path.Combine(work, "pandoc-out"))));

        var ours = results[0].Ms;
        Console.WriteLine();
        Console.WriteLine($"{"what",-32} {"median ms",10} {"MAD",8} {"peak MB",8} {"vs book build (CLI, JIT)",26}");
        foreach (var (name, ms, peak) in results)
        {
            var ratio = Book.Benchmarks.Measure.Median(ms) / Book.Benchmarks.Measure.Median(ours);
            Console.WriteLine($"{name,-32} {Book.Benchmarks.Measure.Median(ms),10:0} {Book.Benchmarks.Measure.Mad(ms),8:0} {peak,8:0} {ratio,25:0.00}x");
        }

        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static (string, List<double>, double) Measure(string name, int runs, Func<TimedProcess.Sample> run)
    {
        var first = run(); // warm the file cache; not counted
        if (first.ExitCode != 0)
        {
            Console.Error.WriteLine($"{name}: exit code {first.ExitCode}: {first.Errors[..Math.Min(first.Errors.Length, 2000)]}");
        }

        var samples = Enumerable.Range(0, runs).Select(_ => run()).ToList();
        Console.WriteLine($"  {name}: {string.Join(" ", samples.Select(s => s.Milliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms");
        return (name, samples.Select(s => s.Milliseconds).ToList(), samples.Max(s => s.PeakMegabytes));
    }

    private static (string, List<double>, double) MeasureInProcess(string config, string output, int runs)
    {
        var options = new BuildOptions { ConfigPath = config, OutputDirectory = output };
        var first = Stopwatch.StartNew();
        BuildSite.Run(options);
        Console.WriteLine($"  in-process first build (JIT included): {first.Elapsed.TotalMilliseconds:0} ms");
        BuildSite.Run(options);
        var samples = Enumerable.Range(0, runs).Select(_ => Book.Benchmarks.Measure.Milliseconds(() => BuildSite.Run(options))).ToList();
        Console.WriteLine($"  book build (in-process, warm): {string.Join(" ", samples.Select(s => s.ToString("0", CultureInfo.InvariantCulture)))} ms");
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        return ("book build (in-process, warm)", samples, peak);
    }

    private static TimedProcess.Sample Pandoc(IReadOnlyList<string> chapters, string output)
    {
        Directory.CreateDirectory(output);
        var total = 0.0;
        var peak = 0.0;
        foreach (var chapter in chapters)
        {
            var sample = TimedProcess.Run("pandoc", ["-f", "markdown", "-t", "html5", chapter, "-o", Path.Combine(output, Path.GetFileNameWithoutExtension(chapter) + ".html")]);
            total += sample.Milliseconds;
            peak = Math.Max(peak, sample.PeakMegabytes);
            if (sample.ExitCode != 0)
            {
                return sample;
            }
        }

        return new TimedProcess.Sample(total, peak, 0, "");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : fallback;
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "mlsysbook"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
