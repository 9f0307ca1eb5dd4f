using System.Reflection;
using System.Runtime.Loader;
using Book.Core.Exercises;
using Book.Grader.Harness;

namespace Book.Grader.Trusted;

/// <summary>
/// The exercise's hidden harness and reference solution, compiled together and loaded into the
/// grader's own process. Makes the inputs and computes the expected outputs; never leaves this
/// process. The reference runs on copies of the arguments, so the runner gets pristine inputs.
/// </summary>
public sealed class TrustedSide
{
    private readonly Dictionary<string, MethodInfo> _reference;
    private readonly ExerciseEntry _entry;

    private TrustedSide(IExerciseHarness harness, Dictionary<string, MethodInfo> reference, ExerciseEntry entry)
    {
        Harness = harness;
        _reference = reference;
        _entry = entry;
    }

    public IExerciseHarness Harness { get; }

    /// <summary>Loads the compiled trusted assembly; null and a message when it does not fit the contract.</summary>
    public static TrustedSide? Load(byte[] image, ExerciseEntry entry, out string? error)
    {
        var assembly = new AssemblyLoadContext("trusted-" + Guid.NewGuid().ToString("N")).LoadFromStream(new MemoryStream(image));
        var harnesses = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IExerciseHarness).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();
        if (harnesses.Count != 1)
        {
            error = $"tests/hidden must define exactly one public class implementing IExerciseHarness with a public parameterless constructor; found {harnesses.Count}";
            return null;
        }

        var type = assembly.GetType(entry.Type);
        if (type is null)
        {
            error = $"reference/ does not define the entry type {entry.Type}";
            return null;
        }

        var methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var m in entry.Methods)
        {
            var method = type.GetMethod(m.Name, BindingFlags.Public | BindingFlags.Static);
            if (method is null || method.ReturnType != typeof(void))
            {
                error = $"reference/ {entry.Type} has no public static void {m.Name}";
                return null;
            }

            methods[m.Name] = method;
        }

        error = null;
        return new TrustedSide((IExerciseHarness)Activator.CreateInstance(harnesses[0])!, methods, entry);
    }

    /// <summary>The reference's parameter types, as metadata names (<c>System.Single[]</c>), for the submission's signature check.</summary>
    public IReadOnlyList<(string Name, string Type)> Parameters(string method) =>
        _reference[method].GetParameters().Select(p => (p.Name ?? "", p.ParameterType.FullName ?? p.ParameterType.Name)).ToList();

    /// <summary>Indices of the output parameters of a method, in the order exercise.yml lists them.</summary>
    public int[] OutputIndices(string method)
    {
        var parameters = _reference[method].GetParameters();
        var outputs = _entry.Methods.First(m => m.Name == method).Outputs;
        return outputs.Select(o => Array.FindIndex(parameters, p => p.Name == o)).ToArray();
    }

    /// <summary>Null when the case's arguments fit the method; otherwise what is wrong (an exercise bug).</summary>
    public string? Validate(KernelCase kernelCase)
    {
        if (!_reference.TryGetValue(kernelCase.Method, out var method))
        {
            return $"case '{kernelCase.Name}' calls unknown method '{kernelCase.Method}'";
        }

        var parameters = method.GetParameters();
        if (parameters.Length != kernelCase.Arguments.Length)
        {
            return $"case '{kernelCase.Name}' has {kernelCase.Arguments.Length} arguments; {kernelCase.Method} takes {parameters.Length}";
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (kernelCase.Arguments[i]?.GetType() != parameters[i].ParameterType)
            {
                return $"case '{kernelCase.Name}' argument {i} ({parameters[i].Name}) is {kernelCase.Arguments[i]?.GetType().Name ?? "null"}; expected {parameters[i].ParameterType.Name}";
            }
        }

        return null;
    }

    /// <summary>Runs the reference on a copy of the arguments and returns its outputs.</summary>
    public object[] Expected(KernelCase kernelCase)
    {
        var copy = kernelCase.Arguments.Select(a => a is Array array ? array.Clone() : a).ToArray();
        try
        {
            _reference[kernelCase.Method].Invoke(null, copy);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"the reference solution threw on case '{kernelCase.Name}': {e.InnerException.Message}", e.InnerException);
        }

        return OutputIndices(kernelCase.Method).Select(i => copy[i]).ToArray();
    }
}
