using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text;
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
        var jobs = new Option<int?>("--jobs") { Description = "batch: submissions graded at once (default: one per core); compiling and tests overlap, every benchmark's timed phase (warm-up and pairs) runs alone" };
        var overlapWarmUp = new Option<bool>("--overlap-warm-up") { Description = "batch: let compiling and tests run beside a benchmark's warm-up (its timed pairs still run alone); measured slower and noisier on a loaded 2-core machine" };
        var noBenchmark = new Option<bool>("--no-benchmark") { Description = "tests only: no speed measurement and no speed points (max_score without them)" };
        var options = new GradingOptions();
        command.Arguments.Add(exercise);
        command.Arguments.Add(submission);
        options.AddTo(command);
        if (!publicOnly)
        {
            command.Options.Add(batch);
            command.Options.Add(jobs);
            command.Options.Add(overlapWarmUp);
            command.Options.Add(noBenchmark);
        }

        command.SetAction(parse =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return NativeBuild.Refuse(name);
            }

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

            var jobCount = publicOnly ? 1 : parse.GetValue(jobs) ?? Environment.ProcessorCount;
            if (jobCount < 1)
            {
                Console.Error.WriteLine("error: --jobs must be at least 1");
                return ExitCodes.Usage;
            }

            using var session = new GradingSession(sandbox);
            var seed = options.ChooseSeed(parse);
            var gradeOptions = new GradeOptions(seed, PublicOnly: publicOnly, RunBenchmark: publicOnly || !parse.GetValue(noBenchmark),
                OverlapWarmUp: !publicOnly && parse.GetValue(overlapWarmUp));
            var timings = parse.GetValue(options.Timings);
            return list is null
                ? One(session, parse.GetValue(exercise)!, parse.GetValue(submission)!, gradeOptions, format, parse.GetValue(options.Output), timings)
                : GradeBatch.Run(session, parse.GetValue(exercise), list, gradeOptions, format, parse.GetValue(options.Output), timings, jobCount);
        });
        return command;
    }

    private static int One(GradingSession session, string exerciseDir, string submission, GradeOptions options, ReportFormat format, string? output, bool timings)
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

            if (timings)
            {
                GradingOptions.PrintTimings(submission, result.Phases);
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
}
