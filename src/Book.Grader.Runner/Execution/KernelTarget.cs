using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;

namespace Book.Grader.Runner.Execution;

/// <summary>
/// One loaded implementation (the submission or the baseline): its entry type's public static methods
/// by name. Each assembly gets its own load context, so the submission and the baseline may define
/// the same type name.
/// </summary>
public sealed class KernelTarget
{
    private readonly Dictionary<string, MethodInfo> _methods;

    private KernelTarget(Dictionary<string, MethodInfo> methods) => _methods = methods;

    public static KernelTarget Load(string assemblyPath, string typeName, string contextName)
    {
        var context = new AssemblyLoadContext(contextName);
        var assembly = context.LoadFromAssemblyPath(assemblyPath);
        var type = assembly.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"the submission has no public type '{typeName}'");
        var methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            // Overloads: the grader checks signatures before sending work; the first public one wins here.
            methods.TryAdd(method.Name, method);
        }

        return new KernelTarget(methods);
    }

    public bool Has(string method) => _methods.ContainsKey(method);

    /// <summary>Calls the method; a student exception is rethrown unwrapped.</summary>
    public void Invoke(string method, object[] arguments)
    {
        try
        {
            _methods[method].Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }
}
