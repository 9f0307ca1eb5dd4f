using System.Runtime.CompilerServices;
using Book.Core.Diagnostics;
using Book.Grader.Exercises;

namespace Book.Cli.Commands.Check;

/// <summary>
/// <c>book check</c>'s part for exercises: every <c>exercises/*/</c> folder beside site.yml is validated
/// the way <c>book exercise check</c> does (manifest, layout, compilation, harness contract), with
/// paths named from the repository root so pull-request annotations land on the right file.
/// </summary>
public static class ExerciseChecks
{
    public static int Run(string repositoryRoot, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(repositoryRoot, "exercises");
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var exercises = Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, "exercise.yml"))).Order(StringComparer.Ordinal).ToList();
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            // Not a warning: --warnaserror must not fail a book check over the tool's own build.
            if (exercises.Count > 0)
            {
                diagnostics.Add(new Diagnostic(Severity.Info, "EX000", "exercises", 0, 0,
                    $"{exercises.Count} exercise(s) not checked: compiling them needs the .NET JIT, and this is the native build of book; run 'book exercise check' with the managed build"));
            }

            return 0;
        }

        foreach (var dir in exercises)
        {
            var bag = new DiagnosticBag();
            CheckExercise.Check(dir, bag);
            foreach (var d in bag.Items)
            {
                diagnostics.Add(d with { File = "exercises/" + d.File.TrimStart('/') });
            }
        }

        return exercises.Count;
    }
}
