using System.CommandLine;
using System.Runtime.CompilerServices;
using Book.Core.Diagnostics;
using Book.Grader.Exercises;

namespace Book.Cli.Commands.Grading;

/// <summary><c>book exercise check DIR...</c>: validates exercise folders; problems at file:line.</summary>
public static class ExerciseCommand
{
    public static Command Create()
    {
        var exercise = new Command("exercise", "Work with kernel exercises.");
        var check = new Command("check", "Validate exercise folders: exercise.yml, layout, and that everything compiles and fits the harness contract.");
        var dirs = new Argument<string[]>("DIR") { Description = "exercise folders", Arity = ArgumentArity.OneOrMore };
        check.Arguments.Add(dirs);
        check.SetAction(parse =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return NativeBuild.Refuse("exercise check");
            }

            var errors = 0;
            foreach (var dir in parse.GetValue(dirs)!)
            {
                var bag = new DiagnosticBag();
                var loaded = CheckExercise.Check(dir, bag);
                foreach (var d in bag.Items)
                {
                    Console.Error.WriteLine(d);
                }

                errors += bag.ErrorCount;
                Console.WriteLine(bag.HasErrors || loaded is null
                    ? $"{dir}: {bag.ErrorCount} error(s)"
                    : $"{dir}: ok ({loaded.Manifest.Id}, {loaded.Manifest.Tests.Count} test groups, {loaded.Manifest.Points} points)");
            }

            return errors == 0 ? ExitCodes.Ok : ExitCodes.InputErrors;
        });
        exercise.Subcommands.Add(check);
        return exercise;
    }
}
