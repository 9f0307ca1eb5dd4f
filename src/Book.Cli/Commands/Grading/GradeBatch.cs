using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Book.Grader.Grading;
using Book.Grader.Reporting;

namespace Book.Cli.Commands.Grading;

/// <summary>
/// <c>book grade --batch LIST</c>: one JSON line per listed submission, in the list's order. Up to
/// <c>--jobs</c> submissions are graded at once in one process (Roslyn warm, each exercise loaded
/// once); their compiling and tests overlap, while the session's gate gives every benchmark's timed
/// phase the machine alone, so batching never changes a speed ratio.
/// </summary>
internal static class GradeBatch
{
    private sealed record Entry(int Line, string Name, string? ExerciseDir, string? Submission, string? Error);

    public static int Run(GradingSession session, string? exerciseDir, string list, GradeOptions options, ReportFormat format, string? output, bool timings, int jobs)
    {
        if (!File.Exists(list))
        {
            Console.Error.WriteLine($"error: batch list '{list}' not found");
            return ExitCodes.Usage;
        }

        var entries = Read(list, exerciseDir);
        var lines = new string?[entries.Count];
        var next = 0;
        var faults = 0;
        using var writer = output is null ? Console.Out : new StreamWriter(output, false, new UTF8Encoding(false));
        var order = Partitioner.Create(Enumerable.Range(0, entries.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var (line, fault) = GradeOne(session, entries[i], options, format, timings);
            lock (lines)
            {
                faults += fault ? 1 : 0;
                lines[i] = line;
                // Written as soon as every earlier entry is: the output keeps the list's order.
                while (next < lines.Length && lines[next] is { } ready)
                {
                    writer.WriteLine(ready);
                    writer.Flush();
                    next++;
                }
            }
        });

        return faults == 0 ? ExitCodes.Ok : ExitCodes.InternalError;
    }

    private static List<Entry> Read(string list, string? exerciseDir)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(list))!;
        var entries = new List<Entry>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(list))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            var (dir, sub) = exerciseDir is not null ? (exerciseDir, line) : parts.Length == 2 ? (Path.Combine(baseDir, parts[0]), parts[1]) : (null, line);
            var submission = Path.Combine(baseDir, sub);
            entries.Add(dir is null
                ? new Entry(lineNumber, sub, null, null, $"{list}({lineNumber}): expected 'EXERCISE_DIR SUBMISSION' (or give EXERCISE_DIR on the command line)")
                : !File.Exists(submission) && !Directory.Exists(submission)
                    ? new Entry(lineNumber, sub, null, null, $"{list}({lineNumber}): submission not found")
                    : new Entry(lineNumber, sub, dir, submission, null));
        }

        return entries;
    }

    private static (string Line, bool Fault) GradeOne(GradingSession session, Entry entry, GradeOptions options, ReportFormat format, bool timings)
    {
        if (entry.Error is not null)
        {
            return (Error(entry.Name, entry.Error), false);
        }

        try
        {
            var (result, errors) = session.Grade(entry.ExerciseDir!, entry.Submission!, options);
            if (result is null)
            {
                return (Error(entry.Name, "the exercise is invalid: " + string.Join("; ", errors.Select(e => e.ToString()))), false);
            }

            if (timings)
            {
                GradingOptions.PrintTimings(entry.Name, result.Phases);
            }

            return (Wrap(entry.Name, WriteReport.Render(result, format == ReportFormat.Console ? ReportFormat.Json : format)), false);
        }
        catch (GraderFault fault)
        {
            return (Error(entry.Name, "grader fault: " + fault.Message), true);
        }
    }

    private static string Wrap(string submission, string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("submission", submission);
            w.WritePropertyName("result");
            document.RootElement.WriteTo(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Error(string submission, string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["submission"] = submission, ["error"] = message });
}
