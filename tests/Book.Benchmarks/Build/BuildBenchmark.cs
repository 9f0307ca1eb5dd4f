using System.Diagnostics;
using System.Globalization;
using Book.Site.Pipeline;

namespace Book.Benchmarks.Build;

/// <summary>
/// Issue 2 "Speed": the full build of the MLSysBook corpus (8 chapters, every feature on, search index
/// included) against Hugo (the same Markdown, a minimal site) and pandoc (one call per chapter, as under
/// Quarto), in one run. Ours is measured as users start it: the CLI under the JIT (what <c>dotnet run</c>
/// gives) and the CLI published ReadyToRun (what <c>dotnet publish</c> and the packed tool give; the
/// benchmark publishes it into a temporary folder unless <c>--r2r PATH</c> names one), the native build (ahead of time,
/// no JIT; <c>--native PATH</c> or published here), plus in-process warm
/// (the work without start-up, what <c>book serve</c> pays per full rebuild). The processes run in
/// interleaved rounds (ours, Hugo, ours ...), so load from other processes on a shared machine falls on all
/// of them alike; wall time and CPU time (user + system) are both reported.
/// <c>dotnet run -c Release --project tests/Book.Benchmarks -- build [--runs N] [--pandoc-runs N] [--r2r PATH] [--native PATH]</c>
/// </summary>
public sealed class BuildBenchmark : IBenchmark
{
    public string Name => "build";

    public string Description => "corpus site build vs Hugo and pandoc (medians, ratios, CPU time, peak memory)";

    public int Run(string[] args)
    {
        var runs = Option(args, "--runs", 7);
        var pandocRuns = Option(args, "--pandoc-runs", 3);
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
        Console.WriteLine($"corpus: {chapters.Count} chapters, {characters / 1e6:0.00} MB of Markdown; {runs} rounds ({pandocRuns} for pandoc); {Environment.ProcessorCount} cores; load {LoadAverage()}");

        var r2r = args.SkipWhile(a => a != "--r2r").Skip(1).FirstOrDefault() ?? PublishReadyToRun(Path.Combine(work, "book-r2r"));
        var cli = Path.Combine(AppContext.BaseDirectory, "book.dll");
        var hugo = HugoSite.Write(Path.Combine(work, "hugo"), chapters);
        var contestants = new List<(string Name, Func<TimedProcess.Sample> Run)>
        {
            ("book build (CLI, JIT)", () => TimedProcess.Run("dotnet", [cli, "build", "--config", config, "--output", Path.Combine(work, "_site")])),
        };
        if (r2r is not null)
        {
            contestants.Add(("book build (CLI, ReadyToRun)", () => TimedProcess.Run(r2r, ["build", "--config", config, "--output", Path.Combine(work, "_site")])));
        }

        var native = args.SkipWhile(a => a != "--native").Skip(1).FirstOrDefault() ?? PublishNative(Path.Combine(work, "book-native"));
        if (native is not null)
        {
            contestants.Add(("book build (CLI, native AOT)", () => TimedProcess.Run(native, ["build", "--config", config, "--output", Path.Combine(work, "_site")])));
        }

        contestants.Add(("hugo", () => TimedProcess.Run("hugo", ["--quiet", "--source", hugo, "--destination", Path.Combine(work, "hugo-out")])));
        var results = Interleave(contestants, runs);
        results.Add(MeasureInProcess(config, Path.Combine(work, "_site_warm"), runs));
        results.AddRange(Interleave([("pandoc (1 call per chapter)", () => Pandoc(chapters, Path.Combine(work, "pandoc-out")))], pandocRuns));

        Console.WriteLine();
        Console.WriteLine($"{"what",-32} {"median ms",10} {"MAD",6} {"CPU ms",8} {"peak MB",8}");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Name,-32} {Book.Benchmarks.Measure.Median(r.Ms),10:0} {Book.Benchmarks.Measure.Mad(r.Ms),6:0} {(r.CpuMs.Count > 0 ? Book.Benchmarks.Measure.Median(r.CpuMs) : double.NaN),8:0} {r.PeakMb,8:0}");
        }

        Console.WriteLine();
        var hugoMs = Book.Benchmarks.Measure.Median(results.Single(r => r.Name == "hugo").Ms);
        var pandocMs = Book.Benchmarks.Measure.Median(results.Single(r => r.Name.StartsWith("pandoc", StringComparison.Ordinal)).Ms);
        foreach (var r in results.Where(r => r.Name.StartsWith("book", StringComparison.Ordinal)))
        {
            var ms = Book.Benchmarks.Measure.Median(r.Ms);
            Console.WriteLine($"{r.Name,-32} time / Hugo's = {ms / hugoMs,5:0.00}x (goal <= 1.00)   pandoc's time / ours = {pandocMs / ms,5:0.0}x (goal >= 20)");
        }

        Directory.Delete(work, recursive: true);
        return 0;
    }

    private sealed record Result(string Name, List<double> Ms, List<double> CpuMs, double PeakMb);

    /// <summary>Each contestant once per round, after one unmeasured run each (file cache, disk).</summary>
    private static List<Result> Interleave(IReadOnlyList<(string Name, Func<TimedProcess.Sample> Run)> contestants, int rounds)
    {
        foreach (var (name, run) in contestants)
        {
            var first = run();
            if (first.ExitCode != 0)
            {
                Console.Error.WriteLine($"{name}: exit code {first.ExitCode}: {first.Errors[..Math.Min(first.Errors.Length, 2000)]}");
            }
        }

        var samples = contestants.Select(_ => new List<TimedProcess.Sample>()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < contestants.Count; i++)
            {
                samples[i].Add(contestants[i].Run());
            }
        }

        var results = new List<Result>();
        for (var i = 0; i < contestants.Count; i++)
        {
            var s = samples[i];
            Console.WriteLine($"  {contestants[i].Name}: {string.Join(" ", s.Select(x => x.Milliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms");
            results.Add(new Result(contestants[i].Name, s.Select(x => x.Milliseconds).ToList(),
                s.Where(x => x.CpuMilliseconds > 0).Select(x => x.CpuMilliseconds).ToList(), s.Max(x => x.PeakMegabytes)));
        }

        return results;
    }

    /// <summary>The CLI published ReadyToRun for this machine, as <c>dotnet publish</c> makes it; null if publishing fails.</summary>
    private static string? PublishReadyToRun(string folder) =>
        Publish(folder, "ReadyToRun", ["--self-contained", "false", "-p:PublishReadyToRun=true"]);

    /// <summary>The CLI's native build (README: <c>-p:PublishAot=true</c>); null if it cannot be published here (no C toolchain).</summary>
    private static string? PublishNative(string folder) => Publish(folder, "native", ["-p:PublishAot=true"]);

    private static string? Publish(string folder, string build, string[] properties)
    {
        var project = Path.Combine(RepoRoot()!, "src", "Book.Cli", "Book.Cli.csproj");
        Console.WriteLine($"  publishing the CLI's {build} build into {folder} ...");
        var publish = TimedProcess.Run("dotnet", ["publish", project, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
            .. properties, "-o", folder]);
        var exe = Path.Combine(folder, "book");
        if (publish.ExitCode != 0 || !File.Exists(exe))
        {
            Console.Error.WriteLine($"  {build} publish failed (exit {publish.ExitCode}); measuring without it.");
            return null;
        }

        return exe;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static Result MeasureInProcess(string config, string output, int runs)
    {
        var options = new BuildOptions { ConfigPath = config, OutputDirectory = output };
        var first = Stopwatch.StartNew();
        BuildSite.Run(options);
        Console.WriteLine($"  in-process first build (JIT included): {first.Elapsed.TotalMilliseconds:0} ms");
        BuildSite.Run(options);
        var samples = Enumerable.Range(0, runs).Select(_ => Book.Benchmarks.Measure.Milliseconds(() => BuildSite.Run(options))).ToList();
        Console.WriteLine($"  book build (in-process, warm): {string.Join(" ", samples.Select(s => s.ToString("0", CultureInfo.InvariantCulture)))} ms");
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        return new Result("book build (in-process, warm)", samples, [], peak);
    }

    private static TimedProcess.Sample Pandoc(IReadOnlyList<string> chapters, string output)
    {
        Directory.CreateDirectory(output);
        var total = 0.0;
        var cpu = 0.0;
        var peak = 0.0;
        foreach (var chapter in chapters)
        {
            var sample = TimedProcess.Run("pandoc", ["-f", "markdown", "-t", "html5", chapter, "-o", Path.Combine(output, Path.GetFileNameWithoutExtension(chapter) + ".html")]);
            total += sample.Milliseconds;
            cpu += sample.CpuMilliseconds;
            peak = Math.Max(peak, sample.PeakMegabytes);
            if (sample.ExitCode != 0)
            {
                return sample;
            }
        }

        return new TimedProcess.Sample(total, peak, 0, "", cpu);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : fallback;
    }

    private static string? FindCorpus()
    {
        var root = RepoRoot();
        var corpus = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "mlsysbook"));
        return corpus is not null && Directory.Exists(corpus) ? corpus : null;
    }

    private static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
