using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Book.Core.Diagnostics;
using Book.Grader.Compilation;
using Book.Grader.Exercises;
using Book.Grader.Grading;
using Book.Grader.Sandbox;

namespace Book.Benchmarks.Grading;

/// <summary>
/// <c>grading [EXERCISE] [RUNS] [--book PATH]</c>: the grader's fairness and speed, with the same
/// <c>book</c> the users run (a child process, bubblewrap sandbox; <c>--book</c> names another build of
/// it, e.g. the ReadyToRun-published CLI). (a) A/A — the baseline graded as a submission, RUNS times in
/// one batch: the speed ratio's median and spread (goal 1.00 ± 0.05); (b) the reference graded RUNS
/// times in one batch: the speed ratio's coefficient of variation (goal ≤ 3%); both in the default
/// batch mode (a timed phase has the machine to itself) and with <c>--overlap-warm-up</c> (other
/// submissions compile and test beside its warm-up), so the effect of the overlap is measured; (c) one submission end to end in a fresh <c>book grade</c>
/// process (cold: JIT, exercise load, sandbox probing), its wall time less the benchmark phase (goal
/// ≤ 3 s median), with where the time goes (<c>--timings</c>), and the same in a warm process;
/// (d) batch throughput with the speed benchmark at its configured budget: the median of the batches
/// above plus one of baseline and reference alternating (goal ≥ 30 per minute), and the same without
/// the benchmark (<c>--no-benchmark</c>), one job and one per core. "Per minute" counts the whole
/// <c>book grade --batch</c> process: its start, loading the exercise once, every grade, writing every
/// result; the steady rate without the process start and exercise load is printed beside it;
/// (e) the peer: the public tests through <c>dotnet test</c> of a generated xunit project
/// (Exercism's runner's way; restored offline from the local NuGet cache), against <c>book test</c> on
/// the same tests, and the ratio. The load average is printed with each part.
/// </summary>
public sealed class GradingBenchmark : IBenchmark
{
    public string Name => "grading";

    public string Description => "grader A/A fairness, speed-ratio CV, end-to-end time, batch throughput vs dotnet test";

    public int Run(string[] args)
    {
        var book = args.SkipWhile(a => a != "--book").Skip(1).FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, "book.dll");
        args = args.Where((a, i) => a != "--book" && (i == 0 || args[i - 1] != "--book")).ToArray();
        var exerciseName = args.Length > 0 ? args[0] : "01-quantize-linear";
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var root = FindRoot();
        var exerciseDir = Path.Combine(root, "exercises", exerciseName);
        var baseline = Path.Combine(exerciseDir, "baseline");
        var reference = Path.Combine(exerciseDir, "reference");
        var work = Directory.CreateTempSubdirectory("grading-bench-");
        try
        {
            Console.WriteLine($"Grading benchmark: exercise {exerciseName}, {runs} runs, {Environment.ProcessorCount} cores, book = {book}, load average {LoadAverage()}");
            var batches = new List<BatchRun>();
            foreach (var alone in new[] { true, false })
            {
                var mode = alone ? "default (timed phase alone)" : "--overlap-warm-up";
                // (a) and (d): the baseline against itself, in one batch.
                var aa = Batch(book, exerciseDir, Enumerable.Repeat(baseline, runs), work.FullName, "aa", alone);
                Console.WriteLine($"(a) A/A baseline vs baseline, batch {mode}: speed ratio median {Measure.Median(aa.Speedups):F3}, MAD {Measure.Mad(aa.Speedups):F3}, min {aa.Speedups.Min():F3}, max {aa.Speedups.Max():F3} over {aa.Speedups.Count} runs (goal 1.00 ± 0.05); {aa.Describe()}; load {LoadAverage()}");

                // (b) and (d): the reference, graded again and again.
                var same = Batch(book, exerciseDir, Enumerable.Repeat(reference, runs), work.FullName, "ref", alone);
                Console.WriteLine($"(b) reference graded {same.Speedups.Count} times, batch {mode}: speed ratio median {Measure.Median(same.Speedups):F2}x, CV {100 * Cv(same.Speedups):F1}% (goal <= 3%), min {same.Speedups.Min():F2}x, max {same.Speedups.Max():F2}x; {same.Describe()}; load {LoadAverage()}");
                if (alone)
                {
                    var mixed = Batch(book, exerciseDir, Enumerable.Range(0, runs).Select(i => i % 2 == 0 ? baseline : reference), work.FullName, "mixed", alone);
                    Console.WriteLine($"    baseline and reference alternating, batch {mode}: {mixed.Describe()}; load {LoadAverage()}");
                    batches.AddRange([aa, same, mixed]);
                }
                else
                {
                    Console.WriteLine($"    --overlap-warm-up throughput: {60 * (aa.Count + same.Count) / (aa.Seconds + same.Seconds):F1}/min over both batches");
                }
            }

            // (c) one submission, end to end, in a fresh process as a user runs it; the benchmark
            // phase (its configured budget, plus making its input) is taken out using --timings.
            var cold = new List<double>();
            var coldTotal = new List<double>();
            var phases = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Max(5, runs / 2); i++)
            {
                var seed = (i + 1).ToString(CultureInfo.InvariantCulture);
                var start = Stopwatch.GetTimestamp();
                var stderr = RunBookWithStderr(book, ["grade", exerciseDir, reference, "--format", "json", "--seed", seed, "--timings"]);
                var total = Stopwatch.GetElapsedTime(start).TotalSeconds;
                var timed = ParseTimings(stderr);
                foreach (var (phase, ms) in timed)
                {
                    phases.TryAdd(phase, []);
                    phases[phase].Add(ms);
                }

                coldTotal.Add(total);
                cold.Add(total - timed.Where(t => t.Phase.StartsWith("benchmark", StringComparison.Ordinal)).Sum(t => t.Ms) / 1000);
            }

            var warm = new List<double>();
            var warmExercise = LoadExercise.Load(exerciseDir, new DiagnosticBag())!;
            for (var i = 0; i < Math.Max(5, runs / 2); i++)
            {
                warm.Add(Measure.Milliseconds(() => GradeWithoutBenchmark(warmExercise, reference, i)) / 1000);
            }

            var manifest = warmExercise.Manifest;
            Console.WriteLine($"(c) one submission end to end, fresh `book grade` process, benchmark phase excluded: median {Measure.Median(cold):F2} s (min {cold.Min():F2}, max {cold.Max():F2}) over {cold.Count} (goal <= 3 s); with the benchmark: median {Measure.Median(coldTotal):F2} s, configured budget {manifest.Benchmark?.BudgetSeconds.Min}-{manifest.Benchmark?.BudgetSeconds.Max} s; load {LoadAverage()}");
            Console.WriteLine("    where the time goes (median ms): " + string.Join(", ", phases.Select(p => $"{p.Key} {Measure.Median(p.Value):F0}")));
            Console.WriteLine($"    the same in a warm process (exercise loaded, Roslyn warm, in the benchmark's own process): median {Measure.Median(warm):F2} s over {warm.Count}");

            // (d) batch throughput: with the benchmark (the default-mode batches above), and without it.
            Console.WriteLine($"(d) batch throughput. Per minute = submissions / wall time of the whole `book grade --batch` process (its start, loading the exercise once, every grade, every result written); steady = the same less the process start and exercise load.");
            Console.WriteLine($"    with the speed benchmark at its configured budget ({manifest.Benchmark?.BudgetSeconds.Min}-{manifest.Benchmark?.BudgetSeconds.Max} s per submission), --jobs {Environment.ProcessorCount}, default mode: " +
                string.Join(", ", batches.Select(b => $"{b.PerMinute:F1}")) + $" per minute; median of {batches.Count} batches of {runs}: {Measure.Median(batches.Select(b => b.PerMinute).ToList()):F1}/min (goal >= 30/min), steady {Measure.Median(batches.Select(b => b.SteadyPerMinute).ToList()):F1}/min; timed phase per submission median {Measure.Median(batches.SelectMany(b => b.TimedMs).ToList()):F0} ms");
            foreach (var jobs in new[] { 1, Environment.ProcessorCount })
            {
                var rates = new List<double>();
                for (var i = 0; i < (jobs == 1 ? 1 : 3); i++)
                {
                    var run = Batch(book, exerciseDir, Enumerable.Repeat(reference, 2 * runs), work.FullName, $"nobench-{jobs}-{i}", alone: true, ["--no-benchmark", "--jobs", jobs.ToString(CultureInfo.InvariantCulture)]);
                    rates.Add(run.PerMinute);
                }

                Console.WriteLine($"    --no-benchmark --jobs {jobs}: {string.Join(", ", rates.Select(r => r.ToString("F1", CultureInfo.InvariantCulture)))} per minute (batches of {2 * runs}; median {Measure.Median(rates):F1}/min); load {LoadAverage()}");
            }

            // (e) the peer: dotnet test of a generated project, vs book test, same public tests.
            var bookTest = new List<double>();
            var dotnetTest = new List<double>();
            var project = WriteTestProject(exerciseDir, work.FullName);
            Run("dotnet", ["restore", project, "--source", NuGetCache(), "-v", "q"], work.FullName);
            for (var i = 0; i < 3; i++)
            {
                bookTest.Add(Measure.Milliseconds(() => RunBook(book, ["test", exerciseDir, reference])) / 1000);
                // Every run compiles afresh, as Exercism's runner does for each submission.
                foreach (var output in new[] { "bin", "obj" }.Select(d => Path.Combine(Path.GetDirectoryName(project)!, d, "Debug")))
                {
                    if (Directory.Exists(output))
                    {
                        Directory.Delete(output, recursive: true);
                    }
                }

                dotnetTest.Add(Measure.Milliseconds(() => Run("dotnet", ["test", project, "--no-restore", "-v", "q"], work.FullName)) / 1000);
            }

            Console.WriteLine($"(e) public tests: `book test` median {Measure.Median(bookTest):F2} s, `dotnet test` (build + run, restored) median {Measure.Median(dotnetTest):F2} s; dotnet test / book test = {Measure.Median(dotnetTest) / Measure.Median(bookTest):F1}x");
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private sealed record BatchRun(List<double> Speedups, int Count, double Seconds, double LoadSeconds, List<double> TimedMs)
    {
        public double PerMinute => 60 * Count / Seconds;

        public double SteadyPerMinute => 60 * Count / (Seconds - LoadSeconds);

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"{Count} in {Seconds:F1} s = {PerMinute:F1}/min (steady {SteadyPerMinute:F1}/min), timed phase median {(TimedMs.Count == 0 ? 0 : Measure.Median(TimedMs)):F0} ms");
    }

    private static double Cv(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(s => (s - mean) * (s - mean)) / Math.Max(1, values.Count - 1)) / mean;
    }

    // One `book grade --batch` process; speed-ups from its results, phase times from --timings.
    private static BatchRun Batch(string book, string exerciseDir, IEnumerable<string> submissions, string work, string name, bool alone, string[]? extra = null)
    {
        var list = Path.Combine(work, name + ".txt");
        File.WriteAllLines(list, submissions);
        var count = File.ReadAllLines(list).Length;
        string[] arguments = ["grade", exerciseDir, "--batch", list, "--format", "json", "--timings", .. alone ? Array.Empty<string>() : ["--overlap-warm-up"], .. extra ?? []];
        var start = Stopwatch.GetTimestamp();
        var (output, stderr) = RunBookBoth(book, arguments);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var timings = stderr.Split('\n').Where(l => l.StartsWith("timings ", StringComparison.Ordinal)).Select(ParseTimingLine).ToList();
        var load = timings.SelectMany(t => t).Where(t => t.Phase == "load exercise").Select(t => t.Ms).DefaultIfEmpty(0).Max() / 1000;
        var timedMs = timings.Select(t => t.Where(p => p.Phase is "benchmark warm-up" or "benchmark pairs" or "benchmark timed other").Sum(p => p.Ms)).Where(ms => ms > 0).ToList();
        var speedups = new List<double>();
        var results = 0;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("result", out var result))
            {
                throw new InvalidOperationException("batch entry without a result: " + line);
            }

            results++;
            if (result.TryGetProperty("benchmark", out var bench) && bench.TryGetProperty("speedup", out var s))
            {
                speedups.Add(s.GetDouble());
            }
            else if (!arguments.Contains("--no-benchmark"))
            {
                throw new InvalidOperationException("batch result without a speed-up: " + line);
            }
        }

        if (results != count)
        {
            throw new InvalidOperationException($"batch gave {results} results for {count} submissions");
        }

        return new BatchRun(speedups, count, seconds, load, timedMs);
    }

    private static void GradeWithoutBenchmark(Exercise exercise, string submission, int seed)
    {
        var result = new GradeSubmission(new BubblewrapSandbox()).Grade(exercise, SourceFile.Read(submission), new GradeOptions(seed + 1, RunBenchmark: false));
        if (result.Score != exercise.Manifest.TestPoints)
        {
            throw new InvalidOperationException($"the reference scored {result.Score}: {result.Summary}");
        }
    }

    private static string WriteTestProject(string exerciseDir, string work)
    {
        // Outside the repository, so its Directory.Build.props and central versions do not apply.
        var dir = Directory.CreateDirectory(Path.Combine(work, "dotnet-test")).FullName;
        foreach (var (from, to) in new[] { ("reference", "src"), (Path.Combine("tests", "public"), "tests") })
        {
            Directory.CreateDirectory(Path.Combine(dir, to));
            foreach (var file in Directory.GetFiles(Path.Combine(exerciseDir, from), "*.cs"))
            {
                File.Copy(file, Path.Combine(dir, to, Path.GetFileName(file)));
            }
        }

        var project = Path.Combine(dir, "Submission.Tests.csproj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.11.0" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <Using Include="Xunit" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    private static string NuGetCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string RunBook(string book, string[] args) => RunBookBoth(book, args).Stdout;

    private static string RunBookWithStderr(string book, string[] args) => RunBookBoth(book, args).Stderr;

    // A book.dll runs under `dotnet`; anything else (the published CLI) is executed itself.
    private static (string Stdout, string Stderr) RunBookBoth(string book, string[] args)
    {
        var viaDotnet = book.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(viaDotnet ? "dotnet" : book) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in viaDotnet ? [book, .. args] : args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"book {string.Join(' ', args)} exited {process.ExitCode}: {stderr}{stdout.Result}");
        }

        return (stdout.Result, stderr);
    }

    private static List<(string Phase, double Ms)> ParseTimings(string stderr) =>
        ParseTimingLine(stderr.Split('\n').FirstOrDefault(l => l.StartsWith("timings ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("no timings line in: " + stderr));

    // "timings SUBMISSION: load exercise 812 ms, compile 40 ms, ...; total 2400 ms"
    private static List<(string Phase, double Ms)> ParseTimingLine(string line)
    {
        var list = line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(';')[0];
        return list.Split(", ").Select(part =>
        {
            var words = part.Trim().Split(' ');
            return (string.Join(' ', words[..^2]), double.Parse(words[^2], CultureInfo.InvariantCulture));
        }).ToList();
    }

    private static string Run(string file, string[] args, string workingDirectory)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}{stdout}");
        }

        return stdout;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Book.sln not found above " + AppContext.BaseDirectory);
    }
}
