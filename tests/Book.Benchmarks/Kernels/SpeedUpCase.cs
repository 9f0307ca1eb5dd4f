using System.Globalization;
using Book.Core.Diagnostics;
using Book.Grader.Exercises;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// An exercise's reference and baseline bound to one benchmark input of the exercise (what the
/// grader's speed tiers measure), each side with its own copy of the arguments, as the grader's
/// runner gives them; and, where the exercise tests have one, the tidy scalar solution the top
/// tier must stay out of reach of (<c>tests/Book.Exercises.Tests/Calibration/&lt;exercise&gt;</c>).
/// </summary>
public sealed record SpeedUpCase(string Exercise, string Size, string Tiers, Action Reference, Action Baseline, Action? Tidy)
{
    public static IEnumerable<SpeedUpCase> Create(string dir)
    {
        var tidyDir = Path.Combine(Path.GetDirectoryName(dir)!, "..", "tests", "Book.Exercises.Tests", "Calibration", Path.GetFileName(dir));
        var tidy = Directory.Exists(tidyDir) ? KernelCode.LoadSubmission(dir, tidyDir) : null;
        var diagnostics = new DiagnosticBag();
        var exercise = LoadExercise.Load(dir, diagnostics)
            ?? throw new InvalidOperationException($"{Path.GetFileName(dir)} not loadable: {string.Join(Environment.NewLine, diagnostics.Items)}");
        var reference = KernelCode.Load(dir, "reference");
        var baseline = KernelCode.Load(dir, "baseline");
        var spec = exercise.Manifest.Benchmark!;
        var tiers = string.Join(" ", spec.Tiers.Select(t => t.Speedup.ToString(CultureInfo.InvariantCulture) + "×"));
        foreach (var size in spec.Sizes)
        {
            var kernelCase = exercise.Trusted.Harness.BenchmarkCase(size, 1);
            yield return new SpeedUpCase(Path.GetFileName(dir), size, tiers,
                reference.Bind(kernelCase.Method, Copy(kernelCase.Arguments)),
                baseline.Bind(kernelCase.Method, Copy(kernelCase.Arguments)),
                tidy?.Bind(kernelCase.Method, Copy(kernelCase.Arguments)));
        }
    }

    private static object[] Copy(object[] arguments) => arguments.Select(a => a is Array array ? array.Clone() : a).ToArray();
}
