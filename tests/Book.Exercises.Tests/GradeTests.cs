using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Compilation;
using Book.Grader.Exercises;
using Book.Grader.Grading;
using Book.Grader.Results;
using Book.Grader.Sandbox;

namespace Book.Exercises.Tests;

/// <summary>
/// Every exercise through the real grader (the runner process, without the bubblewrap sandbox so
/// the suite runs anywhere): the reference scores every test point, and with the benchmark every
/// tier; the starter compiles and scores nothing, below the first tier.
/// </summary>
public class GradeTests
{
    public static IEnumerable<object[]> Exercises() => RepositoryPaths.ExerciseFolders();

    [Theory]
    [MemberData(nameof(Exercises))]
    public void ReferenceScoresEveryTestPoint(string name)
    {
        var (exercise, result) = Grade(name, ExerciseLayout.Reference, new GradeOptions(Seed: 424242, RunBenchmark: false));
        Assert.True(result.Score == exercise.Manifest.TestPoints, Explain(result));
        Assert.All(result.Groups, g => Assert.Equal(g.Points, g.MaxPoints));
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void ReferenceReachesEveryTierMostOfTheTime(string name)
    {
        // Correctness is exact on every run; speed is measured on a shared machine (CI: 2 loaded
        // cores), where one unlucky run can miss the top tier by a few percent. "Most of the time"
        // is made precise as a majority of three runs with different seeds: the first run usually
        // settles it, and only a miss costs two more. A reference that is honestly too slow for
        // its top tier still fails (it misses at least two of three); see exercise.yml for how the
        // tiers were calibrated.
        var results = new List<GradeResult>();
        Exercise? exercise = null;
        foreach (var seed in new[] { 7, 8, 9 })
        {
            var (e, result) = Grade(name, ExerciseLayout.Reference, new GradeOptions(Seed: seed));
            exercise = e;
            Assert.Equal(e.Manifest.Points, result.MaxScore);
            Assert.True(result.Groups.Where(g => g.Name != "speed").All(g => g.Points == g.MaxPoints), Explain(result));
            Assert.True(result.Benchmark is { } b && b.Status == BenchmarkStatus.Measured, Explain(result));
            results.Add(result);
            var full = results.Count(r => r.Score == e.Manifest.Points);
            if (full >= 2 || (results.Count == 1 && full == 1))
            {
                return;
            }

            if (results.Count - full >= 2)
            {
                break;
            }
        }

        Assert.Fail($"{exercise?.Manifest.Id}: the reference reached every tier in {results.Count(r => r.Score == r.MaxScore)} of {results.Count} runs: "
            + string.Join(" | ", results.Select(Explain)));
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void StarterCompilesAndScoresBelowTheFirstTier(string name)
    {
        var (_, result) = Grade(name, ExerciseLayout.Starter, new GradeOptions(Seed: 1));
        Assert.NotEqual(GradeStatus.CompileError, result.Status);
        Assert.Equal(0, result.Score);
        Assert.True(result.Benchmark is null || result.Benchmark.TiersReached == 0, Explain(result));
    }

    private static (Exercise Exercise, GradeResult Result) Grade(string name, string folder, GradeOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var dir = Path.Combine(RepositoryPaths.Exercises, name);
        var exercise = LoadExercise.Load(dir, diagnostics);
        Assert.True(exercise is not null, string.Join(Environment.NewLine, diagnostics.Items));
        var sources = SourceFile.Read(Path.Combine(dir, folder));
        return (exercise, new GradeSubmission(new NoSandbox()).Grade(exercise, sources, options));
    }

    private static string Explain(GradeResult result) =>
        $"{result.Status} {result.Score}/{result.MaxScore}: {result.Summary}; " +
        string.Join("; ", result.Groups.Select(g => $"{g.Name} {g.Points}/{g.MaxPoints}")) +
        (result.Benchmark is { } b ? $"; benchmark {b.Status} {b.Message} speed-up {b.Speedup:F2} tiers {b.TiersReached}" : "") +
        string.Concat(result.Diagnostics.Take(3).Select(d => "; " + d));
}
