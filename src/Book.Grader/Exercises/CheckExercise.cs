using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Analysis;
using Book.Grader.Compilation;

namespace Book.Grader.Exercises;

/// <summary>
/// <c>book exercise check</c>: the manifest and layout, then what only compiling shows: baseline,
/// reference and harness compile; the starter and the baseline compile, pass the static check and
/// have the entry signatures; the harness makes valid cases for every group and every benchmark size.
/// </summary>
public static class CheckExercise
{
    public static Exercise? Check(string directory, DiagnosticBag diagnostics, int seed = 1)
    {
        var exercise = LoadExercise.Load(directory, diagnostics);
        if (exercise is null)
        {
            return null;
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(exercise.Directory))!;
        foreach (var folder in new[] { ExerciseLayout.Starter, ExerciseLayout.Baseline })
        {
            var sources = SourceFile.ReadAll(ExerciseLayout.Sources(exercise.Directory, folder), parent);
            var compiled = CompileSources.Compile("Check", sources, exercise.Manifest.AllowUnsafe);
            diagnostics.AddRange(compiled.Diagnostics.Where(d => d.Severity == Severity.Error));
            if (compiled.Succeeded)
            {
                diagnostics.AddRange(CheckEntryPoint.Check(compiled.Compilation, exercise.Manifest.Entry, exercise.Trusted, sources[0].DisplayPath));
                diagnostics.AddRange(CheckApis.Check(compiled.Compilation, exercise.Manifest.AllowUnsafe));
            }
        }

        var harnessFile = $"{exercise.Name}/{ExerciseLayout.HiddenTests}";
        foreach (var group in exercise.Manifest.Tests)
        {
            Try(diagnostics, harnessFile, $"group '{group.Group}'", () =>
            {
                var cases = exercise.Trusted.Harness.Cases(group.Group, seed).ToList();
                if (cases.Count == 0)
                {
                    diagnostics.Error("GR002", harnessFile, 0, 0, $"the harness makes no cases for group '{group.Group}'");
                }

                foreach (var c in cases)
                {
                    Validate(exercise, c, diagnostics, harnessFile);
                }
            });
        }

        foreach (var size in exercise.Manifest.Benchmark?.Sizes ?? [])
        {
            Try(diagnostics, harnessFile, $"benchmark size '{size}'", () =>
            {
                var c = exercise.Trusted.Harness.BenchmarkCase(size, seed);
                Validate(exercise, c, diagnostics, harnessFile);
                if (c.Method != exercise.Manifest.Benchmark!.Method)
                {
                    diagnostics.Error("GR002", harnessFile, 0, 0, $"benchmark size '{size}' calls {c.Method}; exercise.yml says the benchmark times {exercise.Manifest.Benchmark.Method}");
                }
            });
        }

        return exercise;
    }

    private static void Validate(Exercise exercise, Harness.KernelCase c, DiagnosticBag diagnostics, string file)
    {
        if (exercise.Trusted.Validate(c) is { } problem)
        {
            diagnostics.Error("GR002", file, 0, 0, problem);
            return;
        }

        try
        {
            exercise.Trusted.Expected(c);
        }
        catch (InvalidOperationException e)
        {
            diagnostics.Error("GR003", file, 0, 0, e.Message);
        }
    }

    private static void Try(DiagnosticBag diagnostics, string file, string what, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error("GR002", file, 0, 0, $"the harness failed on {what}: {e.GetType().Name}: {e.Message}");
        }
    }
}
