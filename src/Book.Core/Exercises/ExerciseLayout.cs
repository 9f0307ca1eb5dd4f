using Book.Core.Diagnostics;

namespace Book.Core.Exercises;

/// <summary>
/// The folders of an exercise (<c>exercises/README.md</c>) and the check that they exist and hold
/// C# files. Paths in diagnostics are relative to the exercise folder's parent, never absolute.
/// </summary>
public static class ExerciseLayout
{
    public const string Manifest = "exercise.yml";
    public const string Statement = "README.md";
    public const string Starter = "starter";
    public const string Baseline = "baseline";
    public const string Reference = "reference";
    public const string PublicTests = "tests/public";
    public const string HiddenTests = "tests/hidden";

    /// <summary>The .cs files of one folder of the exercise, in ordinal order (deterministic).</summary>
    public static IReadOnlyList<string> Sources(string exerciseDir, string folder)
    {
        var dir = Path.Combine(exerciseDir, folder);
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>Loads and checks the manifest and the folder layout.</summary>
    public static ExerciseManifest? Validate(string exerciseDir, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(exerciseDir)));
        var manifest = ExerciseManifestLoader.Load(Path.Combine(exerciseDir, Manifest), diagnostics, $"{name}/{Manifest}");
        if (!File.Exists(Path.Combine(exerciseDir, Statement)))
        {
            diagnostics.Error("EX010", $"{name}/{Statement}", 0, 0, "the statement README.md is missing; the book shows it as the exercise page");
        }

        foreach (var folder in new[] { Starter, Baseline, Reference, PublicTests, HiddenTests })
        {
            if (Sources(exerciseDir, folder).Count == 0)
            {
                diagnostics.Error("EX011", $"{name}/{folder}", 0, 0, $"no .cs files in {folder}/; see exercises/README.md for what it must hold");
            }
        }

        return manifest;
    }
}
