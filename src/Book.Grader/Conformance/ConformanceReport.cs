namespace Book.Grader.Conformance;

/// <summary>All results of one conformance run, in folder order, with the counts.</summary>
public sealed record ConformanceReport(IReadOnlyList<ConformanceResult> Results)
{
    public int Passed => Results.Count(r => r.Status == ConformanceStatus.Pass);

    public int Failed => Results.Count(r => r.Status == ConformanceStatus.Fail);

    public int Skipped => Results.Count(r => r.Status == ConformanceStatus.Skip);

    public string Summary => $"{Passed} passed, {Failed} failed, {Skipped} skipped ({Results.Count} test folders)";
}
