namespace Book.Grader.Harness;

/// <summary>
/// The trusted side of an exercise (<c>tests/hidden/*.cs</c>): makes test and benchmark inputs.
/// Compiled by the grader in its own process together with <c>reference/*.cs</c>; never enters
/// the sandbox. Found by type: exactly one public non-abstract class implementing this interface
/// with a public parameterless constructor.
/// </summary>
public interface IExerciseHarness
{
    /// <summary>The cases of one test group named in exercise.yml. The seed is chosen by the grader per run.</summary>
    IEnumerable<KernelCase> Cases(string group, int seed);

    /// <summary>One benchmark input of a size named in exercise.yml.</summary>
    KernelCase BenchmarkCase(string size, int seed);
}
