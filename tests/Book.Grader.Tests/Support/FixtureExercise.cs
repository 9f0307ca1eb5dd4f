using Book.Core.Diagnostics;
using Book.Grader.Exercises;

namespace Book.Grader.Tests.Support;

/// <summary>The vector-add fixture exercise, loaded once per test run.</summary>
public static class FixtureExercise
{
    private static readonly Lazy<Exercise> _vectorAdd = new(() =>
    {
        var bag = new DiagnosticBag();
        return LoadExercise.Load(RepoPaths.VectorAdd, bag)
            ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
    });

    public static Exercise VectorAdd => _vectorAdd.Value;
}
