using Book.Grader.Results;

namespace Book.Grader.Reporting;

/// <summary>Renders a result in one of the formats. Every format is a pure function of the result (deterministic).</summary>
public static class WriteReport
{
    public static string Render(GradeResult result, ReportFormat format) => format switch
    {
        ReportFormat.Console => ConsoleReport.Render(result),
        ReportFormat.Json => JsonReport.Render(result, indented: true),
        ReportFormat.Gradescope => GradescopeReport.Render(result),
        ReportFormat.Exercism => ExercismReport.Render(result),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    internal static string Points(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A few lines explaining the failed cases of a group (first three).</summary>
    internal static string Failures(GroupResult group, int max = 3)
    {
        var lines = new List<string>();
        foreach (var c in group.Cases.Where(c => !c.Passed).Take(max))
        {
            lines.Add($"{c.Name}: {c.Message}");
            lines.AddRange(c.Mismatches.Select(m => $"  {m.Output}[{m.Index}]: expected {m.Expected}, got {m.Got}"));
        }

        var more = group.Cases.Count(c => !c.Passed) - max;
        if (more > 0)
        {
            lines.Add($"... and {more} more failed case(s)");
        }

        return string.Join("\n", lines);
    }
}
