using System.Collections.Concurrent;
using Book.Grader.Compilation;
using Book.Grader.Grading;
using Book.Grader.Reporting;
using Book.Grader.Results;
using Book.Grader.Sandbox;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Golden;

/// <summary>
/// Grades every golden case once, two at a time (one runner process per core), with a fixed seed
/// and a benchmark budget scaled down to keep the suite short.
/// </summary>
public sealed class GoldenRun
{
    public const int Seed = 42;
    public const double BudgetScale = 0.3;

    private readonly ConcurrentDictionary<string, GradeResult> _results = new(StringComparer.Ordinal);

    public GoldenRun()
    {
        if (new BubblewrapSandbox().Unavailable is not null)
        {
            return;
        }

        LeftBefore = RunnerFolders();
        var exercise = FixtureExercise.VectorAdd;
        var grader = new GradeSubmission(new BubblewrapSandbox());
        Parallel.ForEach(CaseNames(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, name =>
        {
            var dir = Path.Combine(RepoPaths.Cases, name);
            var options = new GradeOptions(Seed, ApiCheck: !ApiCheckOff(dir), BudgetScale: BudgetScale);
            _results[name] = grader.Grade(exercise, SourceFile.Read(Path.Combine(dir, "submission.cs")), options);
        });
    }

    public GradeResult this[string name] => _results[name];

    /// <summary>Runner folders in the temp folder before the run (left by others, or by killed processes).</summary>
    public IReadOnlySet<string> LeftBefore { get; } = new HashSet<string>();

    public static IReadOnlySet<string> RunnerFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "book-grade-*").ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<string> CaseNames() =>
        Directory.GetDirectories(RepoPaths.Cases).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static string Render(GradeResult result) => Redact.Json(JsonReport.Render(result, indented: true));

    // case.yml holds `api_check: false` for the defence-in-depth cases.
    private static bool ApiCheckOff(string dir)
    {
        var file = Path.Combine(dir, "case.yml");
        return File.Exists(file) && File.ReadLines(file).Any(l => l.Trim() == "api_check: false");
    }
}
