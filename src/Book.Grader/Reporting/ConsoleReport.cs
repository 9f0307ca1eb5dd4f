using System.Globalization;
using System.Text;
using Book.Grader.Results;

namespace Book.Grader.Reporting;

/// <summary>The readable report: score, a table of groups and the speed tier, diagnostics, first failures.</summary>
public static class ConsoleReport
{
    public static string Render(GradeResult result)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"{result.Exercise}: {WriteReport.Points(result.Score)} / {result.MaxScore}  (seed {result.Seed}, sandbox {result.Sandbox})\n");
        s.Append(result.Summary).Append('\n');
        foreach (var d in result.Diagnostics)
        {
            s.Append("  ").Append(d).Append('\n');
        }

        s.Append('\n');
        s.Append(CultureInfo.InvariantCulture, $"  {"group",-24} {"visibility",-10} {"cases",7} {"points",9}\n");
        foreach (var g in result.Groups)
        {
            var cases = g.Cases.Count == 0 ? "-" : $"{g.Cases.Count(c => c.Passed)}/{g.Cases.Count}";
            s.Append(CultureInfo.InvariantCulture, $"  {g.Name,-24} {g.Visibility.ToString().ToLowerInvariant(),-10} {cases,7} {WriteReport.Points(g.Points) + "/" + g.MaxPoints,9}\n");
        }

        if (result.Benchmark is { } b)
        {
            var speed = b.Speedup is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";
            s.Append(CultureInfo.InvariantCulture, $"  {"speed",-24} {"",-10} {speed,7} {WriteReport.Points(b.Points) + "/" + b.MaxPoints,9}\n");
            s.Append("  speed: ").Append(b.Message).Append('\n');
            foreach (var t in b.Sizes)
            {
                s.Append(CultureInfo.InvariantCulture,
                    $"    size {t.Size}: {t.Speedup:0.00}x ± {t.Dispersion * 100:0.0}% (MAD) over {t.Pairs} pairs; submission {t.SubmissionMs:0.0000} ms, baseline {t.BaselineMs:0.0000} ms per call ({(t.Clock == "wall" ? "wall time" : "wall time less run-queue waits")})\n");
            }
        }

        var failed = result.Groups.Where(g => !g.Passed && g.Cases.Count > 0).ToList();
        if (failed.Count > 0)
        {
            s.Append("\nFirst failures:\n");
            foreach (var g in failed)
            {
                s.Append("  ").Append(g.Name).Append('\n');
                foreach (var line in WriteReport.Failures(g).Split('\n'))
                {
                    s.Append("    ").Append(line).Append('\n');
                }
            }
        }

        var printed = result.Groups.SelectMany(g => g.Cases).FirstOrDefault(c => c.Output is not null);
        if (printed is not null)
        {
            s.Append("\nThe submission printed (case ").Append(printed.Name).Append("):\n");
            s.Append(printed.Output!.Length > 600 ? printed.Output[..600] + "..." : printed.Output).Append('\n');
        }

        return s.ToString();
    }
}
