namespace Book.Core.Exercises;

/// <summary>Minimum and maximum seconds the benchmark of one submission may take.</summary>
public sealed record TimeBudget(double Min, double Max);
