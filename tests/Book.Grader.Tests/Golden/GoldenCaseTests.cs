using Book.Grader.Results;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Golden;

/// <summary>
/// One folder per behaviour under Cases/: the submission and the expected result (JSON, measured
/// values redacted). Set BOOK_BLESS=1 to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class GoldenCaseTests(GoldenRun run) : IClassFixture<GoldenRun>
{
    public static TheoryData<string> Cases() => new(GoldenRun.CaseNames());

    [SandboxTheory]
    [MemberData(nameof(Cases))]
    public void Result_matches_the_expected_file(string name)
    {
        var actual = GoldenRun.Render(run[name]);
        var expectedFile = Path.Combine(RepoPaths.Cases, name, "expected.json");
        if (Environment.GetEnvironmentVariable("BOOK_BLESS") == "1" || !File.Exists(expectedFile))
        {
            File.WriteAllText(expectedFile, actual);
            Assert.True(Environment.GetEnvironmentVariable("BOOK_BLESS") == "1", $"{expectedFile} was missing and has been written; review it and run again");
        }

        Assert.Equal(File.ReadAllText(expectedFile), actual);
    }

    [SandboxTheory]
    [MemberData(nameof(Cases))]
    public void Result_holds_no_machine_paths(string name)
    {
        var json = GoldenRun.Render(run[name]);
        Assert.DoesNotContain(RepoPaths.Root, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), json, StringComparison.Ordinal);
    }

    [SandboxTheory]
    [MemberData(nameof(Cases))]
    public void Every_point_lost_is_explained(string name)
    {
        var result = run[name];
        if (result.Status != GradeStatus.Graded)
        {
            Assert.NotEmpty(result.Diagnostics);
            Assert.Equal(0, result.Score);
            return;
        }

        foreach (var c in result.Groups.SelectMany(g => g.Cases).Where(c => !c.Passed))
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Message), $"{name}: case {c.Name} failed without a message");
        }

        if (result.Benchmark is { Points: 0 } b)
        {
            Assert.False(string.IsNullOrWhiteSpace(b.Message));
        }
    }

    [SandboxFact]
    public void The_host_is_unharmed_after_every_hostile_case()
    {
        _ = run["all-pass"];

        // The fixture exercise (hidden tests included) is untouched, and no runner folder is left behind.
        Assert.True(File.Exists(Path.Combine(RepoPaths.VectorAdd, "tests", "hidden", "VectorAddHarness.cs")));
        // Every runner folder made by the run was deleted, whatever the submission did.
        Assert.Empty(GoldenRun.RunnerFolders().Except(run.LeftBefore));
    }
}
