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
/// <c>grading [EXERCISE] [RUNS]</c>: the grader's fairness and speed, with the same <c>book</c> the
/// users run (a child process, bubblewrap sandbox): (a) A/A — the baseline graded as a submission,
/// RUNS times in one batch: the speed ratio's median and spread (goal 1.00 ± 0.05); (b) the reference
/// graded RUNS times in one batch: the speed ratio's coefficient of variation (goal ≤ 3%); (c) one
/// submission end to end in a fresh <c>book grade</c> process (cold: Roslyn JIT, exercise load, sandbox
/// probing), its wall time less the benchmark phase (goal ≤ 3 s median), with where the time goes
/// (<c>--timings</c>), and the same in a warm process; (d) batch throughput, from (a)+(b) with the
/// speed benchmark at its configured budget, and again with <c>--no-benchmark</c>, one job and one per
/// core (goal ≥ 30 per minute); (e) the peer: the public tests through <c>dotnet test</c> of a
/// generated xunit project (Exercism's runner's way; restored offline from the local NuGet cache),
/// against <c>book test</c> on the same tests, and the ratio. The load average is printed with each part.
/// </summary>
public sealed class GradingBenchmark : IBenchmark
{
    public string Name => "grading";

    public string Description => "grader A/A fairness, speed-ratio CV, end-to-end time, batch throughput vs dotnet test";

    public int Run(string[] args)
    {
        var exerciseName = args.Length > 0 ? args[0] : "01-quantize-linear";
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var root = FindRoot();
        var exerciseDir = Path.Combine(root, "exercises", exerciseName);
        var book = Path.Combine(AppContext.BaseDirectory, "book.dll");
        var work = Directory.CreateTempSubdirectory("grading-bench-");
        try
        {
            Console.WriteLine($"Grading benchmark: exercise {exerciseName}, {runs} runs, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

            // (a) and (d): the baseline against itself, in one batch.
            var aa = Batch(book, exerciseDir, Path.Combine(exerciseDir, "baseline"), runs, work.FullName, "aa");
            Console.WriteLine($"(a) A/A baseline vs baseline: speed ratio median {Measure.Median(aa.Speedups):F3}, MAD {Measure.Mad(aa.Speedups):F3}, min {aa.Speedups.Min():F3}, max {aa.Speedups.Max():F3} over {aa.Speedups.Count} runs (goal 1.00 ± 0.05); load {LoadAverage()}");

            // (b) and (d): the reference, graded again and again.
            var same = Batch(book, exerciseDir, Path.Combine(exerciseDir, "reference"), runs, work.FullName, "ref");
            var mean = same.Speedups.Average();
            var sd = Math.Sqrt(same.Speedups.Sum(s => (s - mean) * (s - mean)) / Math.Max(1, same.Speedups.Count - 1));
            Console.WriteLine($"(b) reference graded {same.Speedups.Count} times: speed ratio median {Measure.Median(same.Speedups):F2}x, CV {100 * sd / mean:F1}% (goal <= 3%), min {same.Speedups.Min():F2}x, max {same.Speedups.Max():F2}x; load {LoadAverage()}");

            // (c) one submission, end to end, in a fresh process as a user runs it; the benchmark
            // phase (its configured budget, plus making its input) is taken out using --timings.
            var reference = Path.Combine(exerciseDir, "reference");
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
            Console.WriteLine($"    the same in a warm process (exercise loaded, Roslyn warm): median {Measure.Median(warm):F2} s over {warm.Count}");

            // (d) batch throughput: with the benchmark (a and b above), and without it.
            var perMinute = 60.0 * (aa.Speedups.Count + same.Speedups.Count) / (aa.Seconds + same.Seconds);
            Console.WriteLine($"(d) batch, speed benchmark at its configured budget ({manifest.Benchmark?.BudgetSeconds.Min}-{manifest.Benchmark?.BudgetSeconds.Max} s per submission), --jobs {Environment.ProcessorCount}: {aa.Speedups.Count + same.Speedups.Count} submissions in {aa.Seconds + same.Seconds:F1} s = {perMinute:F1}/min (goal >= 30/min)");
            foreach (var jobs in new[] { 1, Environment.ProcessorCount })
            {
                var list = Path.Combine(work.FullName, $"nobench-{jobs}.txt");
                File.WriteAllLines(list, Enumerable.Repeat(reference, 2 * runs));
                var seconds = Measure.Milliseconds(() => RunBook(book, ["grade", exerciseDir, "--batch", list, "--format", "json", "--no-benchmark", "--jobs", jobs.ToString(CultureInfo.InvariantCulture)])) / 1000;
                Console.WriteLine($"    --no-benchmark --jobs {jobs}: {2 * runs} submissions in {seconds:F1} s = {60 * 2 * runs / seconds:F1}/min (whole process: start, exercise load, every grade); load {LoadAverage()}");
            }

            // (e) the peer: dotnet test of a generated project, vs book test, same public tests.
            var bookTest = new List<double>();
            var dotnetTest = new List<double>();
            var project = WriteTestProject(exerciseDir, work.FullName);
            Run("dotnet", ["restore", project, "--source", NuGetCache(), "-v", "q"], work.FullName);
            for (var i = 0; i < 3; i++)
            {
                bookTest.Add(Measure.Milliseconds(() => RunBook(book, ["test", exerciseDir, Path.Combine(exerciseDir, "reference")])) / 1000);
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

    private sealed record BatchRun(List<double> Speedups, double Seconds);

    private static BatchRun Batch(string book, string exerciseDir, string submission, int runs, string work, string name)
    {
        var list = Path.Combine(work, name + ".txt");
        File.WriteAllLines(list, Enumerable.Repeat(submission, runs));
        var start = Stopwatch.GetTimestamp();
        var output = RunBook(book, ["grade", exerciseDir, "--batch", list, "--format", "json"]);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var speedups = new List<double>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("result", out var result))
            {
                throw new InvalidOperationException("batch entry without a result: " + line);
            }

            if (result.TryGetProperty("benchmark", out var bench) && bench.TryGetProperty("speedup", out var s))
            {
                speedups.Add(s.GetDouble());
            }
            else
            {
                throw new InvalidOperationException("batch result without a speed-up: " + line);
            }
        }

        if (speedups.Count != runs)
        {
            throw new InvalidOperationException($"batch gave {speedups.Count} results for {runs} submissions");
        }

        return new BatchRun(speedups, seconds);
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

    private static string RunBook(string book, string[] args) => Run("dotnet", [book, .. args], Environment.CurrentDirectory);

    private static string RunBookWithStderr(string book, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[book, .. args])
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

        return stderr;
    }

    // "timings SUBMISSION: load exercise 812 ms, compile 40 ms, ...; total 2400 ms"
    private static List<(string Phase, double Ms)> ParseTimings(string stderr)
    {
        var line = stderr.Split('\n').FirstOrDefault(l => l.StartsWith("timings ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("no timings line in: " + stderr);
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
