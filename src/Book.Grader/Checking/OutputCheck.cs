namespace Book.Grader.Checking;

/// <summary>The first few mismatches (at most <see cref="CompareOutputs.MaxShown"/>) and how many elements were wrong in all.</summary>
public sealed record OutputCheck(IReadOnlyList<Mismatch> First, long WrongCount, string? Problem)
{
    public bool Passed => WrongCount == 0 && Problem is null;
}
