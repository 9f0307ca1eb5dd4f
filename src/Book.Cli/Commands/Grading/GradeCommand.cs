using System.CommandLine;
using System.Text;
using System.Text.Json;
using Book.Grader.Grading;
using Book.Grader.Reporting;

namespace Book.Cli.Commands.Grading;

/// <summary>
/// <c>book grade EXERCISE_DIR SUBMISSION</c> and <c>book grade [EXERCISE_DIR] --batch LIST</c>.
/// Exit 0 whenever a result was produced, whatever the score; 1 when the exercise itself is
/// invalid; 2 for bad usage (or no sandbox); 3 for a grader fault.
/// </summary>
public static class GradeCommand
{
    public static Command Create() => Build("grade", "Grade a C# submission to a kernel exercise: hidden tests, then a benchmark against the baseline, in a sandbox.", publicOnly: false);

    internal static Command Build(string name, string description, bool publicOnly)
    {
        var command = new Command(name, description);
        var exercise = new Argument<string?>("EXERCISE_DIR") { Description = "the exercise folder (with exercise.yml)", Arity = ArgumentArity.ZeroOrOne };
        var submission = new Argument<string?>("SUBMISSION") { Description = "a .cs file or a folder of .cs files", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<string?>("--batch") { Description = "a file listing submissions, one per line ('SUBMISSION', or 'EXERCISE_DIR SUBMISSION' when no EXERCISE_DIR is given); prints one JSON result per line" };
        var options = new GradingOptions();
        command.Arguments.Add(exercise);
        command.Arguments.Add(submission);
        options.AddTo(command);
        if (!publicOnly)
        {
            command.Options.Add(batch);
        }

        command.SetAction(parse =>
        {
            if (GradingOptions.ParseFormat(parse.GetValue(options.Format)!) is not { } format)
            {
                Console.Error.WriteLine("error: --format must be console, json, gradescope or exercism");
                return ExitCodes.Usage;
            }

            var list = publicOnly ? null : parse.GetValue(batch);
            if (list is null && (parse.GetValue(exercise) is null || parse.GetValue(submission) is null))
            {
                Console.Error.WriteLine($"error: usage: book {name} EXERCISE_DIR SUBMISSION" + (publicOnly ? "" : "  or  book grade [EXERCISE_DIR] --batch LIST"));
                return ExitCodes.Usage;
            }

            if (options.ChooseSandbox(parse) is not { } sandbox)
            {
                return ExitCodes.Usage;
            }

            var session = new GradingSession(sandbox);
            var seed = options.ChooseSeed(parse);
            var gradeOptions = new GradeOptions(seed, PublicOnly: publicOnly);
            return list is null
                ? One(session, parse.GetValue(exercise)!, parse.GetValue(submission)!, gradeOptions, format, parse.GetValue(options.Output))
                : Batch(session, parse.GetValue(exercise), list, gradeOptions, format, parse.GetValue(options.Output));
        });
        return command;
    }

    private static int One(GradingSession session, string exerciseDir, string submission, GradeOptions options, ReportFormat format, string? output)
    {
        if (!Directory.Exists(exerciseDir))
        {
            Console.Error.WriteLine($"error: exercise folder '{exerciseDir}' not found");
            return ExitCodes.Usage;
        }

        if (!File.Exists(submission) && !Directory.Exists(submission))
        {
            Console.Error.WriteLine($"error: submission '{submission}' not found (give a .cs file or a folder of .cs files)");
            return ExitCodes.Usage;
        }

        try
        {
            var (result, errors) = session.Grade(exerciseDir, submission, options);
            if (result is null)
            {
                foreach (var e in errors)
                {
                    Console.Error.WriteLine(e);
                }

                Console.Error.WriteLine("error: the exercise is invalid; nothing was graded");
                return ExitCodes.InputErrors;
            }

            var text = WriteReport.Render(result, format);
            if (output is null)
            {
                Console.Out.Write(text);
            }
            else
            {
                File.WriteAllText(output, text, new UTF8Encoding(false));
            }

            return ExitCodes.Ok;
        }
        catch (GraderFault fault)
        {
            Console.Error.WriteLine($"error: grader fault: {fault.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static int Batch(GradingSession session, string? exerciseDir, string list, GradeOptions options, ReportFormat format, string? output)
    {
        if (!File.Exists(list))
        {
            Console.Error.WriteLine($"error: batch list '{list}' not found");
            return ExitCodes.Usage;
        }

        var baseDir = Path.GetDirectoryName(Path.GetFullPath(list))!;
        using var writer = output is null ? Console.Out : new StreamWriter(output, false, new UTF8Encoding(false));
        var faults = 0;
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
            string entry;
            if (dir is null)
            {
                entry = Error(sub, $"{list}({lineNumber}): expected 'EXERCISE_DIR SUBMISSION' (or give EXERCISE_DIR on the command line)");
            }
            else if (!File.Exists(submission) && !Directory.Exists(submission))
            {
                entry = Error(sub, $"{list}({lineNumber}): submission not found");
            }
            else
            {
                try
                {
                    var (result, errors) = session.Grade(dir, submission, options with { Seed = options.Seed });
                    entry = result is null
                        ? Error(sub, "the exercise is invalid: " + string.Join("; ", errors.Select(e => e.ToString())))
                        : Wrap(sub, WriteReport.Render(result, format == ReportFormat.Console ? ReportFormat.Json : format));
                }
                catch (GraderFault fault)
                {
                    faults++;
                    entry = Error(sub, "grader fault: " + fault.Message);
                }
            }

            writer.WriteLine(entry);
            writer.Flush();
        }

        return faults == 0 ? ExitCodes.Ok : ExitCodes.InternalError;
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
