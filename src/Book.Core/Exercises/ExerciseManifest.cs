namespace Book.Core.Exercises;

/// <summary>
/// An exercise's <c>exercise.yml</c> (format: <c>exercises/README.md</c>). Read by the grader and by
/// the site (exercise pages). <see cref="Points"/> equals the sum of test-group points plus the sum
/// of tier points when the manifest is valid.
/// </summary>
public sealed record ExerciseManifest(
    string Id,
    string Title,
    string Chapter,
    int Points,
    string? Operator,
    ExerciseEntry Entry,
    bool AllowUnsafe,
    ExerciseLimits Limits,
    IReadOnlyList<TestGroup> Tests,
    BenchmarkSpec? Benchmark)
{
    public int TestPoints => Tests.Sum(t => t.Points);

    public int TierPoints => Benchmark?.Tiers.Sum(t => t.Points) ?? 0;
}
