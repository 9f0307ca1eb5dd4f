using System.Reflection;
using System.Runtime.Loader;
using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Compilation;

namespace Book.Benchmarks.Kernels;

/// <summary>One folder of an exercise (reference/ or baseline/) compiled in memory, as the grader compiles it.</summary>
public sealed class KernelCode
{
    private readonly Type _type;

    private KernelCode(Type type) => _type = type;

    public static KernelCode Load(string exerciseDir, string folder)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ExerciseManifestLoader.Load(Path.Combine(exerciseDir, ExerciseLayout.Manifest), diagnostics)
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.Items));
        var parent = Path.GetDirectoryName(exerciseDir)!;
        var result = CompileSources.Compile($"{Path.GetFileName(exerciseDir)}.{folder}", SourceFile.ReadAll(ExerciseLayout.Sources(exerciseDir, folder), parent), allowUnsafe: false);
        if (result.Image is null)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        var assembly = new AssemblyLoadContext($"{folder}-{Guid.NewGuid():N}").LoadFromStream(new MemoryStream(result.Image));
        return new KernelCode(assembly.GetType(manifest.Entry.Type)!);
    }

    public void Call(string method, object[] arguments) =>
        _type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
}
