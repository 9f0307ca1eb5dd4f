namespace Book.Core.Exercises;

/// <summary>Per test case wall-clock limit and the memory cap of the sandboxed runner.</summary>
public sealed record ExerciseLimits(int TimeMs, int MemoryMb)
{
    public static ExerciseLimits Default { get; } = new(2000, 512);
}
