using System.Text;
using System.Text.Json;
using Book.Core.Exercises;
using Book.Grader.Results;

namespace Book.Grader.Reporting;

/// <summary>
/// Gradescope's autograder <c>results.json</c>: score, max_score, one test per group (public groups
/// visible, hidden groups after grades are published), the speed as its own test, and a leaderboard
/// entry with the speed-up.
/// </summary>
public static class GradescopeReport
{
    public static string Render(GradeResult r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("score", r.Score);
            w.WriteNumber("max_score", r.MaxScore);
            w.WriteString("output", string.Join("\n", new[] { r.Summary }.Concat(r.Diagnostics.Select(d => d.ToString()))));
            w.WriteString("output_format", "text");
            w.WriteString("visibility", "visible");
            w.WriteString("stdout_visibility", "hidden");
            w.WriteStartArray("tests");
            foreach (var g in r.Groups)
            {
                w.WriteStartObject();
                w.WriteString("name", g.Name);
                w.WriteNumber("score", g.Points);
                w.WriteNumber("max_score", g.MaxPoints);
                w.WriteString("status", g.Passed ? "passed" : "failed");
                w.WriteString("visibility", g.Visibility == TestVisibility.Public ? "visible" : "after_published");
                var passed = g.Cases.Count(c => c.Passed);
                var output = g.Cases.Count == 0 ? "not run" : $"{passed} of {g.Cases.Count} cases passed";
                var failures = WriteReport.Failures(g);
                w.WriteString("output", failures.Length == 0 ? output : output + "\n" + failures);
                w.WriteEndObject();
            }

            if (r.Benchmark is { } b)
            {
                w.WriteStartObject();
                w.WriteString("name", "speed");
                w.WriteNumber("score", b.Points);
                w.WriteNumber("max_score", b.MaxPoints);
                w.WriteString("status", b.Status == BenchmarkStatus.Measured && b.TiersReached > 0 ? "passed" : "failed");
                w.WriteString("visibility", "visible");
                w.WriteString("output", b.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (r.Benchmark?.Speedup is { } speedup)
            {
                w.WriteStartArray("leaderboard");
                w.WriteStartObject();
                w.WriteString("name", "Speed-up");
                w.WriteNumber("value", Math.Round(speedup, 2));
                w.WriteString("order", "desc");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
