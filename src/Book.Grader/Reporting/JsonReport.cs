using System.Text;
using System.Text.Json;
using Book.Grader.Results;

namespace Book.Grader.Reporting;

/// <summary>
/// The full result as JSON (what the golden tests compare and <c>--batch</c> prints one per line).
/// Written field by field in a fixed order; numbers in invariant form.
/// </summary>
public static class JsonReport
{
    public static string Render(GradeResult r, bool indented)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("exercise", r.Exercise);
            w.WriteString("status", Name(r.Status.ToString()));
            w.WriteNumber("score", r.Score);
            w.WriteNumber("max_score", r.MaxScore);
            w.WriteNumber("seed", r.Seed);
            w.WriteString("sandbox", r.Sandbox);
            w.WriteString("summary", r.Summary);
            w.WriteStartArray("diagnostics");
            foreach (var d in r.Diagnostics)
            {
                w.WriteStringValue(d.ToString());
            }

            w.WriteEndArray();
            w.WriteStartArray("groups");
            foreach (var g in r.Groups)
            {
                w.WriteStartObject();
                w.WriteString("name", g.Name);
                w.WriteString("visibility", Name(g.Visibility.ToString()));
                w.WriteNumber("points", g.Points);
                w.WriteNumber("max_points", g.MaxPoints);
                w.WriteStartArray("cases");
                foreach (var c in g.Cases)
                {
                    w.WriteStartObject();
                    w.WriteString("name", c.Name);
                    w.WriteString("status", Name(c.Status.ToString()));
                    if (c.Message is not null)
                    {
                        w.WriteString("message", c.Message);
                    }

                    if (c.Mismatches.Count > 0)
                    {
                        w.WriteStartArray("mismatches");
                        foreach (var m in c.Mismatches)
                        {
                            w.WriteStringValue($"{m.Output}[{m.Index}]: expected {m.Expected}, got {m.Got}");
                        }

                        w.WriteEndArray();
                    }

                    if (c.Output is not null)
                    {
                        w.WriteString("output", c.Output);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (r.Benchmark is { } b)
            {
                w.WriteStartObject("benchmark");
                w.WriteString("status", Name(b.Status.ToString()));
                w.WriteString("message", b.Message);
                if (b.Speedup is { } speedup)
                {
                    w.WriteNumber("speedup", Math.Round(speedup, 4));
                }

                w.WriteNumber("tiers_reached", b.TiersReached);
                w.WriteNumber("points", b.Points);
                w.WriteNumber("max_points", b.MaxPoints);
                w.WriteStartArray("sizes");
                foreach (var t in b.Sizes)
                {
                    w.WriteStartObject();
                    w.WriteString("size", t.Size);
                    w.WriteNumber("speedup", Math.Round(t.Speedup, 4));
                    w.WriteNumber("dispersion", Math.Round(t.Dispersion, 4));
                    w.WriteNumber("pairs", t.Pairs);
                    w.WriteNumber("submission_ms", Math.Round(t.SubmissionMs, 6));
                    w.WriteNumber("baseline_ms", Math.Round(t.BaselineMs, 6));
                    w.WriteString("clock", t.Clock);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + (indented ? "\n" : "");
    }

    // CompileError -> compile-error, WrongAnswer -> wrong-answer.
    internal static string Name(string pascal)
    {
        var s = new StringBuilder();
        foreach (var ch in pascal)
        {
            if (char.IsUpper(ch) && s.Length > 0)
            {
                s.Append('-');
            }

            s.Append(char.ToLowerInvariant(ch));
        }

        return s.ToString();
    }
}
