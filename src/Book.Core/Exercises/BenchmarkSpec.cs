namespace Book.Core.Exercises;

/// <summary>
/// The speed part of an exercise: the method timed, the input sizes (names passed to the harness),
/// the time budget and the speed-up tiers over the public baseline.
/// </summary>
public sealed record BenchmarkSpec(string Method, IReadOnlyList<string> Sizes, TimeBudget BudgetSeconds, IReadOnlyList<SpeedTier> Tiers);
