using Book.Core.Exercises;

namespace Book.Grader.Results;

/// <summary>A test group of exercise.yml: its points earned (in proportion to the cases passed) and its cases.</summary>
public sealed record GroupResult(string Name, TestVisibility Visibility, double Points, int MaxPoints, IReadOnlyList<CaseResult> Cases)
{
    public bool Passed => Cases.Count > 0 && Cases.All(c => c.Passed);
}
