using System.Text;
using System.Text.Json;
using Book.Grader.Results;

namespace Book.Grader.Reporting;

/// <summary>
/// Exercism's test-runner interface, version 3 (<c>results.json</c>): overall status pass, fail or
/// error (did not compile or was refused, with the diagnostics as message), one test per case,
/// named "group / case", with the submission's output, and the speed as a last test when measured.
/// </summary>
public static class ExercismReport
{
    public static string Render(GradeResult r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 3);
            var error = r.Status != GradeStatus.Graded;
            var allPass = !error && r.Groups.All(g => g.Passed) && r.Benchmark?.Status != BenchmarkStatus.Failed;
            w.WriteString("status", error ? "error" : allPass ? "pass" : "fail");
            if (error)
            {
                w.WriteString("message", string.Join("\n", new[] { r.Summary }.Concat(r.Diagnostics.Select(d => d.ToString()))));
            }

            w.WriteStartArray("tests");
            var task = 0;
            foreach (var g in r.Groups)
            {
                task++;
                foreach (var c in g.Cases)
                {
                    w.WriteStartObject();
                    w.WriteString("name", $"{g.Name} / {c.Name}");
                    w.WriteString("status", c.Passed ? "pass" : c.Status is CaseStatus.WrongAnswer ? "fail" : "error");
                    if (!c.Passed)
                    {
                        var lines = new[] { c.Message ?? "" }.Concat(c.Mismatches.Select(m => $"{m.Output}[{m.Index}]: expected {m.Expected}, got {m.Got}"));
                        w.WriteString("message", string.Join("\n", lines));
                    }

                    if (c.Output is not null)
                    {
                        w.WriteString("output", c.Output.Length > 500 ? c.Output[..500] : c.Output);
                    }

                    w.WriteString("test_code", $"// group '{g.Name}', case '{c.Name}': the trusted harness makes the inputs; the reference checks the outputs");
                    w.WriteNumber("task_id", task);
                    w.WriteEndObject();
                }
            }

            if (r.Benchmark is { Status: not BenchmarkStatus.Skipped } b)
            {
                w.WriteStartObject();
                w.WriteString("name", "speed");
                w.WriteString("status", b.Status == BenchmarkStatus.Measured ? "pass" : "fail");
                if (b.Status != BenchmarkStatus.Measured)
                {
                    w.WriteString("message", b.Message);
                }
                else
                {
                    w.WriteString("output", b.Message);
                }

                w.WriteString("test_code", "// interleaved benchmark against the public baseline");
                w.WriteNumber("task_id", task + 1);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
