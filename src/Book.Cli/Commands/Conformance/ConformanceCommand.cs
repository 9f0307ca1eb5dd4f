using System.CommandLine;
using System.Runtime.CompilerServices;
using Book.Core.Diagnostics;
using Book.Grader.Conformance;

namespace Book.Cli.Commands.Conformance;

/// <summary>
/// <c>book conformance DIR [--exercises DIR] [--folder reference|baseline|starter]</c>: runs ONNX node
/// test folders against the exercises' kernels; prints PASS/FAIL/SKIP per folder and exits 1 on a failure.
/// </summary>
public static class ConformanceCommand
{
    public static Command Create()
    {
        var tests = new Argument<string>("DIR") { Description = "ONNX node tests: a folder of test_* folders, or one test folder." };
        var exercises = new Option<string?>("--exercises") { Description = "The exercises folder (default: exercises/ of the repository)." };
        var folder = new Option<string>("--folder") { Description = "Which code of each exercise to test: reference (default), baseline, starter.", DefaultValueFactory = _ => "reference" };
        var command = new Command("conformance", "Run ONNX node tests against the exercises' kernels.");
        command.Arguments.Add(tests);
        command.Options.Add(exercises);
        command.Options.Add(folder);
        command.SetAction(parse =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return NativeBuild.Refuse("conformance");
            }

            var testsDir = parse.GetValue(tests)!;
            if (!Directory.Exists(testsDir))
            {
                Console.Error.WriteLine($"{testsDir}: error CF002: test folder not found");
                return ExitCodes.Usage;
            }

            var exercisesDir = parse.GetValue(exercises) ?? FindExercises();
            if (exercisesDir is null)
            {
                Console.Error.WriteLine("error CF001: no exercises/ folder found above the current directory; pass --exercises DIR");
                return ExitCodes.Usage;
            }

            var diagnostics = new DiagnosticBag();
            var kernels = new ReferenceKernels(exercisesDir, diagnostics, parse.GetValue(folder)!);
            foreach (var d in diagnostics.Items)
            {
                Console.Error.WriteLine(d);
            }

            if (diagnostics.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            var report = RunConformance.Run(testsDir, kernels);
            foreach (var result in report.Results)
            {
                Console.WriteLine(result);
            }

            Console.WriteLine(report.Summary);
            return report.Failed > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static string? FindExercises()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "exercises");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                return candidate;
            }
        }

        return null;
    }
}
