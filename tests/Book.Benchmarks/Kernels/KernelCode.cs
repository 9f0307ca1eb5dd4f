using System.Linq.Expressions;
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

    public static KernelCode Load(string exerciseDir, string folder) =>
        Load(exerciseDir, $"{Path.GetFileName(exerciseDir)}.{folder}", SourceFile.ReadAll(ExerciseLayout.Sources(exerciseDir, folder), Path.GetDirectoryName(exerciseDir)!));

    /// <summary>A submission folder outside the exercise (the calibration solutions of the exercise tests).</summary>
    public static KernelCode LoadSubmission(string exerciseDir, string submissionDir) =>
        Load(exerciseDir, $"{Path.GetFileName(exerciseDir)}.{Path.GetFileName(submissionDir)}", SourceFile.Read(submissionDir));

    private static KernelCode Load(string exerciseDir, string name, IReadOnlyList<SourceFile> sources)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ExerciseManifestLoader.Load(Path.Combine(exerciseDir, ExerciseLayout.Manifest), diagnostics)
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.Items));
        var result = CompileSources.Compile(name, sources, allowUnsafe: false);
        if (result.Image is null)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        var assembly = new AssemblyLoadContext($"{name}-{Guid.NewGuid():N}").LoadFromStream(new MemoryStream(result.Image));
        return new KernelCode(assembly.GetType(manifest.Entry.Type)!);
    }

    /// <summary>
    /// The call with its arguments bound: a typed delegate to the kernel, invoked from a compiled
    /// lambda, so no reflection, boxing or argument array per call. The kernel is called through a
    /// delegate rather than directly because a lambda compiled with full optimisation inlines the
    /// entry method and then calls its helpers in a way the tiered JIT never counts: they stayed
    /// at tier 0 (measured: Softmax 10× slower than through reflection).
    /// </summary>
    public Action Bind(string method, object[] arguments)
    {
        var info = _type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{_type.FullName} has no public static method {method}");
        var parameters = info.GetParameters();
        if (parameters.Length > 16)
        {
            // Beyond Action<T1..T16>: reflection on the same argument array (boxed once, here), whose
            // per-call cost is well under a microsecond, against kernels that run for milliseconds.
            return () => info.Invoke(null, arguments);
        }

        var kernel = info.CreateDelegate(Expression.GetActionType(parameters.Select(p => p.ParameterType).ToArray()));
        var call = Expression.Invoke(Expression.Constant(kernel), parameters.Select((p, i) => (Expression)Expression.Constant(arguments[i], p.ParameterType)));
        return Expression.Lambda<Action>(call).Compile();
    }
}
