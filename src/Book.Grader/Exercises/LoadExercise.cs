using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Compilation;
using Book.Grader.Trusted;

namespace Book.Grader.Exercises;

/// <summary>
/// Validates an exercise folder and compiles its baseline and its trusted side (reference +
/// hidden harness). Problems are diagnostics at the exercise's files (paths relative to the
/// exercise folder's parent), never exceptions.
/// </summary>
public static class LoadExercise
{
    public static Exercise? Load(string directory, DiagnosticBag diagnostics)
    {
        var dir = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(dir))!;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir));
        if (!System.IO.Directory.Exists(dir))
        {
            diagnostics.Error("EX000", directory, 0, 0, "exercise folder not found");
            return null;
        }

        var manifest = ExerciseLayout.Validate(dir, diagnostics);
        if (manifest is null || diagnostics.HasErrors)
        {
            return null;
        }

        // The two compilations run side by side: in a fresh process most of their time is the JIT
        // compiling Roslyn itself, which two threads share out over two cores.
        var baselineFiles = SourceFile.ReadAll(ExerciseLayout.Sources(dir, ExerciseLayout.Baseline), parent);
        var compilingBaseline = Task.Run(() => CompileSources.Compile("Baseline", baselineFiles, manifest.AllowUnsafe));
        var trustedFiles = ExerciseLayout.Sources(dir, ExerciseLayout.Reference).Concat(ExerciseLayout.Sources(dir, ExerciseLayout.HiddenTests));
        var trusted = CompileSources.Compile("Trusted", SourceFile.ReadAll(trustedFiles, parent), allowUnsafe: true, [ReferenceSet.Harness]);
        var baseline = compilingBaseline.GetAwaiter().GetResult();
        diagnostics.AddRange(baseline.Diagnostics.Where(d => d.Severity == Severity.Error));
        diagnostics.AddRange(trusted.Diagnostics.Where(d => d.Severity == Severity.Error));
        if (baseline.Image is null || trusted.Image is null)
        {
            return null;
        }

        var side = TrustedSide.Load(trusted.Image, manifest.Entry, out var error);
        if (side is null)
        {
            diagnostics.Error("GR001", $"{name}/{ExerciseLayout.HiddenTests}", 0, 0, error!);
            return null;
        }

        return new Exercise(dir, name, manifest, baseline.Image, side);
    }
}
