using System.Reflection;
using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Compilation;

namespace Book.Grader.Conformance;

/// <summary>
/// The exercises of a folder, keyed by their <c>operator:</c>, with each one's compiled code
/// (compiled on first use, in memory, in this trusted process). By default the reference solution;
/// any other exercise folder (the baseline, a student's submission) can be tested the same way.
/// </summary>
public sealed class ReferenceKernels
{
    private readonly Dictionary<string, (string Dir, ExerciseManifest Manifest)> _byOperator = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Type? Type, string? Error)> _compiled = new(StringComparer.Ordinal);
    private readonly string _folder;

    public ReferenceKernels(string exercisesDir, DiagnosticBag diagnostics, string folder = ExerciseLayout.Reference)
    {
        _folder = folder;
        if (!Directory.Exists(exercisesDir))
        {
            diagnostics.Error("CF001", exercisesDir, 0, 0, "exercises folder not found; pass --exercises DIR");
            return;
        }

        foreach (var dir in Directory.GetDirectories(exercisesDir).Order(StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(dir, ExerciseLayout.Manifest);
            if (!File.Exists(manifestPath))
            {
                continue;
            }

            var manifest = ExerciseManifestLoader.Load(manifestPath, diagnostics, $"{Path.GetFileName(dir)}/{ExerciseLayout.Manifest}");
            if (manifest?.Operator is { Length: > 0 } op)
            {
                _byOperator[op] = (dir, manifest);
            }
        }
    }

    public IReadOnlyCollection<string> Operators => _byOperator.Keys;

    public ExerciseManifest? Manifest(string op) => _byOperator.TryGetValue(op, out var e) ? e.Manifest : null;

    public string? ExerciseName(string op) => _byOperator.TryGetValue(op, out var e) ? Path.GetFileName(e.Dir) : null;

    /// <summary>The compiled entry type of the exercise implementing <paramref name="op"/>, or the reason there is none.</summary>
    public (Type? Type, string? Error) EntryType(string op)
    {
        if (_compiled.TryGetValue(op, out var cached))
        {
            return cached;
        }

        if (!_byOperator.TryGetValue(op, out var exercise))
        {
            return (null, $"no exercise declares operator: {op}");
        }

        var parent = Path.GetDirectoryName(exercise.Dir)!;
        var sources = SourceFile.ReadAll(ExerciseLayout.Sources(exercise.Dir, _folder), parent);
        var result = CompileSources.Compile($"Conformance.{exercise.Manifest.Id}", sources, allowUnsafe: true);
        (Type?, string?) entry;
        if (result.Image is null)
        {
            var first = result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            entry = (null, $"{_folder}/ of {Path.GetFileName(exercise.Dir)} does not compile: {first}");
        }
        else
        {
            var type = Assembly.Load(result.Image).GetType(exercise.Manifest.Entry.Type);
            entry = type is null ? (null, $"type {exercise.Manifest.Entry.Type} not found in {_folder}/") : (type, null);
        }

        _compiled[op] = entry;
        return entry;
    }
}
