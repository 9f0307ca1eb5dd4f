using Microsoft.CodeAnalysis;

namespace Book.Grader.Analysis;

/// <summary>
/// What a kernel may use from the framework: math, spans and memory, System.Numerics,
/// System.Runtime.Intrinsics, Parallel.For, collections and LINQ. Anything else gets a reason
/// (files, network, processes, reflection, ...) so the student knows why it is refused.
/// </summary>
public static class ApiAllowList
{
    private static readonly HashSet<string> _namespaces = new(StringComparer.Ordinal)
    {
        "System.Numerics",
        "System.Runtime.Intrinsics",
        "System.Runtime.Intrinsics.X86",
        "System.Runtime.Intrinsics.Arm",
        "System.Runtime.Intrinsics.Wasm",
        "System.Collections",
        "System.Collections.Generic",
        "System.Linq",
        "System.Buffers.Binary",
        "System.Diagnostics.CodeAnalysis",
    };

    private static readonly HashSet<string> _types = new(StringComparer.Ordinal)
    {
        "System.Math", "System.MathF", "System.Array", "System.Span`1", "System.ReadOnlySpan`1",
        "System.Memory`1", "System.ReadOnlyMemory`1", "System.MemoryExtensions", "System.Half",
        "System.BitConverter", "System.Buffer", "System.Index", "System.Range", "System.HashCode",
        "System.Int128", "System.UInt128", "System.Random", "System.Console", "System.Attribute",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.Comparison`1",
        "System.Predicate`1", "System.Converter`2", "System.FormattableString", "System.StringComparison",
        "System.MidpointRounding", "System.Text.StringBuilder", "System.Buffers.ArrayPool`1",
        "System.Threading.Tasks.Parallel", "System.Threading.Tasks.ParallelOptions",
        "System.Threading.Tasks.ParallelLoopState", "System.Threading.Tasks.ParallelLoopResult",
        "System.Threading.Interlocked", "System.Threading.Volatile",
        "System.Runtime.CompilerServices.MethodImplAttribute", "System.Runtime.CompilerServices.MethodImplOptions",
        "System.Runtime.InteropServices.MemoryMarshal",
    };

    // Allowed only where the exercise sets allow_unsafe: these read and write memory without bounds checks.
    private static readonly HashSet<string> _unsafeTypes = new(StringComparer.Ordinal)
    {
        "System.Runtime.CompilerServices.Unsafe", "System.Runtime.CompilerServices.SkipLocalsInitAttribute",
        "System.Runtime.InteropServices.NativeMemory",
    };

    // MemoryMarshal members that stay within the bounds of the span they are given.
    private static readonly HashSet<string> _safeMemoryMarshal = new(StringComparer.Ordinal)
    {
        "Cast", "AsBytes", "Read", "TryRead", "Write", "TryWrite",
    };

    /// <summary>Null when the member or type may be used; otherwise the reason it may not.</summary>
    public static string? Refuse(ISymbol symbol, bool allowUnsafe)
    {
        return symbol switch
        {
            IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => RefuseMember(symbol, allowUnsafe),
            ITypeSymbol type => RefuseType(type, allowUnsafe),
            _ => null,
        };
    }

    private static string? RefuseMember(ISymbol member, bool allowUnsafe)
    {
        var type = member.ContainingType;
        if (type is null)
        {
            return null;
        }

        var name = FullName(type.OriginalDefinition);
        if (name == "System.Object" && member.Name == "GetType")
        {
            return "reflection";
        }

        if (name == "System.Console" && member.Name is not ("Write" or "WriteLine"))
        {
            return "console input and control (only Console.Write and Console.WriteLine are allowed)";
        }

        if (name == "System.Runtime.InteropServices.MemoryMarshal" && !allowUnsafe && !_safeMemoryMarshal.Contains(member.Name))
        {
            return "unsafe memory access (this exercise does not allow unsafe code; MemoryMarshal.Cast and AsBytes are fine)";
        }

        return RefuseType(type, allowUnsafe);
    }

    private static string? RefuseType(ITypeSymbol type, bool allowUnsafe)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return RefuseType(array.ElementType, allowUnsafe);
            case IPointerTypeSymbol pointer:
                return allowUnsafe ? RefuseType(pointer.PointedAtType, allowUnsafe) : "unsafe code (this exercise does not allow it)";
            case IFunctionPointerTypeSymbol:
                return allowUnsafe ? null : "unsafe code (this exercise does not allow it)";
            case IDynamicTypeSymbol:
                return "dynamic binding (it uses reflection)";
            case ITypeParameterSymbol or IErrorTypeSymbol:
                return null;
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        // Types the submission declares itself are its own business; their bodies are checked too.
        if (named.Locations.Any(l => l.IsInSource))
        {
            return null;
        }

        if (named.ContainingType is { } outer)
        {
            return RefuseType(outer, allowUnsafe);
        }

        var original = named.OriginalDefinition;
        if (original.SpecialType is SpecialType.System_Delegate or SpecialType.System_MulticastDelegate
            or SpecialType.System_TypedReference or SpecialType.System_ArgIterator or SpecialType.System_RuntimeArgumentHandle)
        {
            return "reflection";
        }

        if (original.SpecialType != SpecialType.None || original.IsTupleType || original.TypeKind == TypeKind.Delegate && InNamespace(original, "System"))
        {
            return null;
        }

        var name = FullName(original);
        var ns = original.ContainingNamespace?.ToDisplayString() ?? "";
        if (_types.Contains(name) || _namespaces.Contains(ns) || name.StartsWith("System.ValueTuple", StringComparison.Ordinal)
            || name.StartsWith("System.Tuple", StringComparison.Ordinal))
        {
            return null;
        }

        if (ns == "System" && original.Name.EndsWith("Exception", StringComparison.Ordinal))
        {
            return null;
        }

        if (_unsafeTypes.Contains(name))
        {
            return allowUnsafe ? null : "unsafe memory access (this exercise does not allow unsafe code)";
        }

        return Category(name, ns);
    }

    private static string Category(string name, string ns)
    {
        if (ns.StartsWith("System.IO", StringComparison.Ordinal))
        {
            return "file access";
        }

        if (ns.StartsWith("System.Net", StringComparison.Ordinal))
        {
            return "network access";
        }

        if (name.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal))
        {
            return "starting processes";
        }

        if (ns.StartsWith("System.Reflection", StringComparison.Ordinal) || ns.StartsWith("System.Runtime.Loader", StringComparison.Ordinal)
            || name is "System.Type" or "System.Activator" or "System.Delegate")
        {
            return "reflection";
        }

        if (ns.StartsWith("System.Runtime.InteropServices", StringComparison.Ordinal))
        {
            return "native interop";
        }

        if (name is "System.Environment" or "System.AppContext" or "System.AppDomain")
        {
            return "the process environment (exit, variables, fail-fast)";
        }

        if (name == "System.GC" || name.StartsWith("System.Runtime.GCSettings", StringComparison.Ordinal))
        {
            return "GC control";
        }

        if (ns.StartsWith("System.Threading", StringComparison.Ordinal) || name is "System.DateTime" or "System.TimeSpan")
        {
            return "threads, tasks, timers and clocks (use Parallel.For for parallel loops)";
        }

        if (ns.StartsWith("System.Diagnostics", StringComparison.Ordinal))
        {
            return "diagnostics and timing";
        }

        return "not on the allow-list for kernels";
    }

    private static bool InNamespace(ISymbol symbol, string ns) => symbol.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary>Namespace-qualified metadata name, e.g. <c>System.Span`1</c>.</summary>
    public static string FullName(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return ns + type.MetadataName;
    }
}
