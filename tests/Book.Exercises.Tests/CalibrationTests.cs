using Book.Core.Diagnostics;
using Book.Grader.Compilation;
using Book.Grader.Exercises;
using Book.Grader.Grading;
using Book.Grader.Results;
using Book.Grader.Sandbox;

namespace Book.Exercises.Tests;

/// <summary>
/// The top speed tier must be out of reach of a naive-but-tidy kernel. Each folder under
/// <c>Calibration/</c> holds such a submission for one exercise — what a careful student writes
/// without vectors (hoisted lookups, cache-friendly loop order, independent accumulators) — and it
/// must pass every test yet miss the top tier. With the reference reaching every tier (GradeTests),
/// this pins the top tier between "tidy scalar" and "close to the reference".
/// </summary>
public class CalibrationTests
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Book.Exercises.Tests", "Calibration");

    public static IEnumerable<object[]> TidySolutions() =>
        Directory.GetDirectories(Folder).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    [Theory]
    [MemberData(nameof(TidySolutions))]
    public void TidyScalarSolutionPassesButMissesTheTopTier(string name)
    {
        var diagnostics = new DiagnosticBag();
        var exercise = LoadExercise.Load(Path.Combine(RepositoryPaths.Exercises, name), diagnostics);
        Assert.True(exercise is not null, string.Join(Environment.NewLine, diagnostics.Items));
        var result = new GradeSubmission(new NoSandbox()).Grade(exercise, SourceFile.Read(Path.Combine(Folder, name)), new GradeOptions(Seed: 11));
        var summary = $"{result.Status} {result.Score}/{result.MaxScore}: {result.Summary}; "
            + string.Join("; ", result.Groups.Select(g => $"{g.Name} {g.Points}/{g.MaxPoints}"))
            + (result.Benchmark is { } b ? $"; speed-up {b.Speedup:F2}, tiers {b.TiersReached}" : "");
        Assert.True(result.Groups.Where(g => g.Name != "speed").All(g => g.Points == g.MaxPoints), summary);
        Assert.True(result.Benchmark is { Status: BenchmarkStatus.Measured }, summary);
        Assert.True(result.Benchmark!.TiersReached < exercise.Manifest.Benchmark!.Tiers.Count, "a tidy scalar kernel reaches the top tier: " + summary);
    }
}
