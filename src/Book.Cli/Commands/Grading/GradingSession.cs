using Book.Core.Diagnostics;
using Book.Grader.Compilation;
using Book.Grader.Exercises;
using Book.Grader.Grading;
using Book.Grader.Results;
using Book.Grader.Sandbox;

namespace Book.Cli.Commands.Grading;

/// <summary>
/// Grades submissions one after another in one process: exercises are loaded (and their trusted
/// side compiled) once, and Roslyn stays warm between submissions (the batch mode's speed).
/// </summary>
internal sealed class GradingSession(ISandbox sandbox)
{
    private readonly Dictionary<string, Exercise?> _exercises = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _exerciseErrors = new(StringComparer.Ordinal);

    /// <summary>A result, or the diagnostics explaining why the exercise could not be loaded.</summary>
    public (GradeResult? Result, IReadOnlyList<Diagnostic> Errors) Grade(string exerciseDir, string submission, GradeOptions options)
    {
        var key = Path.GetFullPath(exerciseDir);
        if (!_exercises.TryGetValue(key, out var exercise))
        {
            var bag = new DiagnosticBag();
            exercise = LoadExercise.Load(exerciseDir, bag);
            _exercises[key] = exercise;
            _exerciseErrors[key] = bag.Items.Where(d => d.Severity == Severity.Error).ToList();
        }

        if (exercise is null)
        {
            return (null, _exerciseErrors[key]);
        }

        var sources = SourceFile.Read(submission);
        return (new GradeSubmission(sandbox).Grade(exercise, sources, options), []);
    }
}
