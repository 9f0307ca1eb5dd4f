using System.Reflection;
using System.Runtime.Loader;
using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Checking;
using Book.Grader.Compilation;
using Book.Grader.Exercises;

namespace Book.Exercises.Tests;

/// <summary>
/// Every exercise checks itself without the sandbox: the manifest validates, the baseline agrees
/// with the reference on every harness case (examples, edge cases, random from two seeds), the
/// starter compiles and fails, the public tests pass on the reference and fail on the starter,
/// and every benchmark size can be generated and run by the reference.
/// </summary>
public class ExerciseSelfTests
{
    public static IEnumerable<object[]> Exercises() => RepositoryPaths.ExerciseFolders();

    [Theory]
    [MemberData(nameof(Exercises))]
    public void ManifestAndLayoutValidate(string name)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ExerciseLayout.Validate(Path.Combine(RepositoryPaths.Exercises, name), diagnostics);
        Assert.True(!diagnostics.HasErrors, string.Join(Environment.NewLine, diagnostics.Items));
        Assert.NotNull(manifest);
        Assert.Equal(manifest.Points, manifest.TestPoints + manifest.TierPoints);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "book", manifest.Chapter + ".md")) || !Directory.Exists(Path.Combine(RepositoryPaths.Root, "book")),
            $"chapter {manifest.Chapter} has no book/{manifest.Chapter}.md");
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void BaselineAgreesWithReferenceOnEveryCase(string name)
    {
        var exercise = Load(name);
        var baseline = EntryType(exercise.BaselineImage, exercise.Manifest.Entry.Type);
        var checkedCases = 0;
        foreach (var (group, seed) in exercise.Manifest.Tests.SelectMany(t => new[] { (t.Group, 1), (t.Group, 20260101) }))
        {
            foreach (var kernelCase in exercise.Trusted.Harness.Cases(group, seed))
            {
                Assert.Null(exercise.Trusted.Validate(kernelCase));
                var expected = exercise.Trusted.Expected(kernelCase);
                var got = Run(baseline, kernelCase.Method, kernelCase.Arguments, exercise.Trusted.OutputIndices(kernelCase.Method));
                var spec = exercise.Manifest.Entry.Methods.First(m => m.Name == kernelCase.Method);
                var check = CompareOutputs.Compare(spec.Outputs, expected, got, spec.Tolerance);
                Assert.True(check.Passed, $"{group}/{kernelCase.Name}: {check.Problem} {string.Join("; ", check.First.Select(m => $"{m.Output}[{m.Index}] reference {m.Expected}, baseline {m.Got}"))}");
                checkedCases++;
            }
        }

        Assert.True(checkedCases >= 20, $"only {checkedCases} cases");
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void StarterCompilesAndFailsTheExamples(string name)
    {
        var exercise = Load(name);
        var starter = Compile(name, ExerciseLayout.Starter);
        var failed = 0;
        foreach (var kernelCase in exercise.Trusted.Harness.Cases("examples", 1))
        {
            var expected = exercise.Trusted.Expected(kernelCase);
            try
            {
                var got = Run(starter, kernelCase.Method, kernelCase.Arguments, exercise.Trusted.OutputIndices(kernelCase.Method));
                var spec = exercise.Manifest.Entry.Methods.First(m => m.Name == kernelCase.Method);
                failed += CompareOutputs.Compare(spec.Outputs, expected, got, spec.Tolerance).Passed ? 0 : 1;
            }
            catch (TargetInvocationException)
            {
                failed++;
            }
        }

        Assert.True(failed > 0, "the starter passes the examples");
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void PublicTestsPassOnTheReferenceAndFailOnTheStarter(string name)
    {
        var (passedOnReference, total) = RunPublicTests(name, ExerciseLayout.Reference);
        Assert.True(total >= 3, $"only {total} public tests");
        Assert.Equal(total, passedOnReference.Count(p => p.Passed));
        var (passedOnStarter, _) = RunPublicTests(name, ExerciseLayout.Starter);
        Assert.Contains(passedOnStarter, p => !p.Passed);
        Assert.All(passedOnReference, p => Assert.True(p.Passed, p.Message));
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void BenchmarkInputsRunOnTheReference(string name)
    {
        var exercise = Load(name);
        foreach (var size in exercise.Manifest.Benchmark!.Sizes)
        {
            var kernelCase = exercise.Trusted.Harness.BenchmarkCase(size, 7);
            Assert.Equal(exercise.Manifest.Benchmark.Method, kernelCase.Method);
            Assert.Null(exercise.Trusted.Validate(kernelCase));
            Assert.NotEmpty(exercise.Trusted.Expected(kernelCase));
        }
    }

    private static Exercise Load(string name)
    {
        var diagnostics = new DiagnosticBag();
        var exercise = LoadExercise.Load(Path.Combine(RepositoryPaths.Exercises, name), diagnostics);
        Assert.True(exercise is not null, string.Join(Environment.NewLine, diagnostics.Items));
        return exercise;
    }

    private static Type EntryType(byte[] image, string type) =>
        new AssemblyLoadContext("self-test-" + Guid.NewGuid().ToString("N")).LoadFromStream(new MemoryStream(image)).GetType(type)!;

    private static Type Compile(string name, string folder)
    {
        var dir = Path.Combine(RepositoryPaths.Exercises, name);
        var result = CompileSources.Compile(folder, SourceFile.ReadAll(ExerciseLayout.Sources(dir, folder), RepositoryPaths.Exercises), allowUnsafe: false);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var diagnostics = new DiagnosticBag();
        var manifest = ExerciseManifestLoader.Load(Path.Combine(dir, ExerciseLayout.Manifest), diagnostics)!;
        return EntryType(result.Image!, manifest.Entry.Type);
    }

    private static object[] Run(Type type, string method, object[] arguments, int[] outputs)
    {
        var copy = arguments.Select(a => a is Array array ? array.Clone() : a).ToArray();
        type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, copy);
        return outputs.Select(i => copy[i]).ToArray();
    }

    /// <summary>Compiles tests/public with the given solution folder and runs every [Fact] by reflection.</summary>
    private static (IReadOnlyList<(string Name, bool Passed, string Message)> Results, int Total) RunPublicTests(string name, string solution)
    {
        var dir = Path.Combine(RepositoryPaths.Exercises, name);
        var files = SourceFile.ReadAll(ExerciseLayout.Sources(dir, solution).Concat(ExerciseLayout.Sources(dir, ExerciseLayout.PublicTests)), RepositoryPaths.Exercises)
            .Append(new SourceFile("XunitUsings.g.cs", "global using Xunit;"))
            .ToList();
        var xunit = new[] { typeof(Assert).Assembly.Location, typeof(FactAttribute).Assembly.Location }
            .Distinct()
            .Select(p => (Microsoft.CodeAnalysis.MetadataReference)Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p));
        var result = CompileSources.Compile($"PublicTests.{name}.{solution}", files, allowUnsafe: false, xunit);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var assembly = new AssemblyLoadContext($"public-tests-{Guid.NewGuid():N}").LoadFromStream(new MemoryStream(result.Image!));
        var results = new List<(string, bool, string)>();
        foreach (var type in assembly.GetTypes().Where(t => t.IsPublic && t.IsClass))
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttributes().Any(a => a.GetType().Name == "FactAttribute")))
            {
                try
                {
                    method.Invoke(Activator.CreateInstance(type), null);
                    results.Add(($"{type.Name}.{method.Name}", true, ""));
                }
                catch (TargetInvocationException e)
                {
                    results.Add(($"{type.Name}.{method.Name}", false, $"{type.Name}.{method.Name}: {e.InnerException?.Message}"));
                }
            }
        }

        return (results, results.Count);
    }
}
