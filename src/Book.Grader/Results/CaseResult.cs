using Book.Grader.Checking;

namespace Book.Grader.Results;

/// <summary>One kernel call checked against the reference. <see cref="Output"/> is what the submission printed (capped).</summary>
public sealed record CaseResult(string Name, CaseStatus Status, string? Message, IReadOnlyList<Mismatch> Mismatches, string? Output)
{
    public bool Passed => Status == CaseStatus.Passed;
}
