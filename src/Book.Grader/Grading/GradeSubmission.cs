using System.Globalization;
using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Analysis;
using Book.Grader.Benchmarking;
using Book.Grader.Compilation;
using Book.Grader.Exercises;
using Book.Grader.Results;
using Book.Grader.Sandbox;

namespace Book.Grader.Grading;

/// <summary>
/// The grading flow: CompileSubmission → CheckApis → StartRunner → RunTests → RunBenchmark → Score.
/// Student mistakes are results; only faults of the trusted side throw (<see cref="GraderFault"/>).
/// </summary>
public sealed class GradeSubmission(ISandbox sandbox, TimedPhaseGate? gate = null)
{
    private readonly TimedPhaseGate _gate = gate ?? new TimedPhaseGate();

    public GradeResult Grade(Exercise exercise, IReadOnlyList<SourceFile> sources, GradeOptions options)
    {
        using var work = _gate.Work();
        return GradeHolding(exercise, sources, options);
    }

    private GradeResult GradeHolding(Exercise exercise, IReadOnlyList<SourceFile> sources, GradeOptions options)
    {
        var manifest = exercise.Manifest;
        var groups = manifest.Tests.Where(g => !options.PublicOnly || g.Visibility == TestVisibility.Public).ToList();
        var withBenchmark = !options.PublicOnly && options.RunBenchmark && manifest.Benchmark is not null;
        var maxScore = groups.Sum(g => g.Points) + (withBenchmark ? manifest.TierPoints : 0);
        var clock = new PhaseClock();

        if (sources.Count == 0)
        {
            var none = new[] { Diagnostic.Error("GR000", "(submission)", 0, 0, "the submission holds no .cs files") };
            return NotGraded(exercise, GradeStatus.CompileError, "nothing to compile: the submission holds no .cs files", none, groups, withBenchmark, maxScore, options);
        }

        var compiled = CompileSources.Compile("Submission", sources, manifest.AllowUnsafe);
        clock.Mark("compile");
        if (!compiled.Succeeded)
        {
            var errors = compiled.Diagnostics.Count(d => d.Severity == Severity.Error);
            return NotGraded(exercise, GradeStatus.CompileError,
                string.Create(CultureInfo.InvariantCulture, $"the submission does not compile ({errors} error{(errors == 1 ? "" : "s")}); no tests were run"),
                compiled.Diagnostics, groups, withBenchmark, maxScore, options);
        }

        var refused = CheckEntryPoint.Check(compiled.Compilation, manifest.Entry, exercise.Trusted, sources[0].DisplayPath).ToList();
        if (options.ApiCheck)
        {
            refused.AddRange(CheckApis.Check(compiled.Compilation, manifest.AllowUnsafe));
        }

        clock.Mark("check APIs");
        var diagnostics = compiled.Diagnostics.Concat(refused).ToList();
        if (refused.Count > 0)
        {
            return NotGraded(exercise, GradeStatus.Rejected,
                $"the submission was refused before running: {refused[0].Message}", diagnostics, groups, withBenchmark, maxScore, options);
        }

        var limits = new SandboxLimits(manifest.Limits.MemoryMb, CpuSeconds(manifest, options));
        using var files = RunnerFiles.Create(compiled.Image!, withBenchmark ? exercise.BaselineImage : null, limits);
        using var runner = new SandboxedRunner(sandbox, files, limits, manifest.Entry.Type, options.OutputCap);
        _gate.Pause();
        runner.Start();
        clock.Mark("start runner");
        var results = RunTests.Run(exercise, groups, runner, options.Seed, _gate);
        clock.Mark("tests");

        BenchmarkResult? benchmark = null;
        if (withBenchmark)
        {
            benchmark = results.All(g => g.Passed)
                ? RunBenchmark.Run(exercise, runner, options.Seed, options.BudgetScale, _gate, clock, alone: !options.OverlapWarmUp)
                : RunBenchmark.Skipped(manifest.Benchmark!, "not run: speed points need every test to pass");
        }

        var score = results.Sum(g => g.Points) + (benchmark?.Points ?? 0);
        var cases = results.Sum(g => g.Cases.Count);
        var passed = results.Sum(g => g.Cases.Count(c => c.Passed));
        var summary = string.Create(CultureInfo.InvariantCulture, $"{passed} of {cases} cases passed")
            + (benchmark is null ? "" : $"; speed: {benchmark.Message}");
        runner.Dispose();
        clock.Mark("stop runner");
        return new GradeResult(manifest.Id, GradeStatus.Graded, Math.Round(score, 2), maxScore, options.Seed, sandbox.Name, summary, diagnostics, results, benchmark)
        {
            Phases = clock.Phases,
        };
    }

    // CPU seconds for one runner process: every case at its limit, the benchmark at its maximum,
    // on every core, plus start-up. The wall-clock time-outs are the tight limit; this is the backstop.
    private static int CpuSeconds(ExerciseManifest manifest, GradeOptions options)
    {
        var benchmark = manifest.Benchmark?.BudgetSeconds.Max * options.BudgetScale ?? 0;
        return (int)Math.Ceiling((manifest.Limits.TimeMs / 1000.0 * 50 + benchmark * 2) * Environment.ProcessorCount + 30);
    }

    private static GradeResult NotGraded(Exercise exercise, GradeStatus status, string summary, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<TestGroup> groups, bool withBenchmark, int maxScore, GradeOptions options)
    {
        var results = groups.Select(g => new GroupResult(g.Group, g.Visibility, 0, g.Points, [])).ToList();
        var benchmark = withBenchmark ? RunBenchmark.Skipped(exercise.Manifest.Benchmark!, "not run") : null;
        return new GradeResult(exercise.Manifest.Id, status, 0, maxScore, options.Seed, "none", summary, diagnostics, results, benchmark);
    }
}
