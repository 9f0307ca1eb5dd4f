using System.Collections.Concurrent;
using Book.Core.Diagnostics;
using Book.Grader.Compilation;
using Book.Grader.Exercises;
using Book.Grader.Grading;
using Book.Grader.Results;
using Book.Grader.Sandbox;

namespace Book.Cli.Commands.Grading;

/// <summary>
/// Grades submissions in one process, from one thread or several: exercises are loaded (and their
/// trusted side compiled) once, Roslyn stays warm between submissions, and one
/// <see cref="TimedPhaseGate"/> keeps every benchmark's timed phase apart from the other work.
/// </summary>
internal sealed class GradingSession(ISandbox sandbox) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<(Exercise? Exercise, IReadOnlyList<Diagnostic> Errors)>> _exercises = new(StringComparer.Ordinal);
    private readonly TimedPhaseGate _gate = new();

    /// <summary>A result, or the diagnostics explaining why the exercise could not be loaded.</summary>
    public (GradeResult? Result, IReadOnlyList<Diagnostic> Errors) Grade(string exerciseDir, string submission, GradeOptions options)
    {
        var key = Path.GetFullPath(exerciseDir);
        var clock = new PhaseClock();
        var loaded = _exercises.GetOrAdd(key, _ => new Lazy<(Exercise?, IReadOnlyList<Diagnostic>)>(() => Load(exerciseDir)));
        var first = !loaded.IsValueCreated;
        var (exercise, errors) = loaded.Value;
        if (first)
        {
            clock.Mark("load exercise");
        }

        if (exercise is null)
        {
            return (null, errors);
        }

        var sources = SourceFile.Read(submission);
        var result = new GradeSubmission(sandbox, _gate).Grade(exercise, sources, options);
        return (result with { Phases = [.. clock.Phases, .. result.Phases] }, []);
    }

    private (Exercise?, IReadOnlyList<Diagnostic>) Load(string exerciseDir)
    {
        using var work = _gate.Work();
        var bag = new DiagnosticBag();
        var exercise = LoadExercise.Load(exerciseDir, bag);
        return (exercise, bag.Items.Where(d => d.Severity == Severity.Error).ToList());
    }

    public void Dispose() => _gate.Dispose();
}
