using Book.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Diagnostic = Book.Core.Diagnostics.Diagnostic;

namespace Book.Grader.Analysis;

/// <summary>
/// The static check of a submission with Roslyn's semantic model: every name it uses must be on
/// <see cref="ApiAllowList"/>, and it must keep no state between calls (static mutable fields would
/// let a kernel cache results across benchmark calls). Each finding is an error at the student's
/// line, saying what is refused and why. Defence in depth: the sandbox holds even if this misses.
/// </summary>
public static class CheckApis
{
    public const string RefusedApi = "GR100";
    public const string StaticState = "GR101";
    public const string Reflection = "GR102";

    public static IReadOnlyList<Diagnostic> Check(CSharpCompilation compilation, bool allowUnsafe)
    {
        var found = new List<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath != "GlobalUsings.g.cs"))
        {
            var model = compilation.GetSemanticModel(tree);
            // One finding per line and reason: `File.ReadAllText` is one problem, not a type and a member.
            var seen = new HashSet<(int, string)>();
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case SimpleNameSyntax name when !InUsingOrNamespace(name):
                        CheckName(name, model, allowUnsafe, found, seen);
                        break;
                    case TypeOfExpressionSyntax typeOf when !IsTypeComparison(typeOf):
                        if (seen.Add((typeOf.GetLocation().GetLineSpan().StartLinePosition.Line, "typeof")))
                        {
                            found.Add(At(node, Reflection, "typeof is not allowed in a kernel (reflection), except in a comparison such as `typeof(T) == typeof(sbyte)`"));
                        }

                        break;
                    case RefTypeExpressionSyntax or RefValueExpressionSyntax or MakeRefExpressionSyntax:
                        found.Add(At(node, Reflection, "typed references (__makeref, __refvalue) are not allowed in a kernel"));
                        break;
                    case FieldDeclarationSyntax field:
                        CheckStaticField(field, model, found);
                        break;
                    case PropertyDeclarationSyntax property:
                        CheckStaticProperty(property, model, found);
                        break;
                    case EventFieldDeclarationSyntax ev when ev.Modifiers.Any(SyntaxKind.StaticKeyword):
                        found.Add(At(ev, StaticState, "static events keep state between calls; kernels must not"));
                        break;
                    case MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.ExternKeyword):
                        found.Add(At(method, RefusedApi, $"extern method '{method.Identifier.Text}' is not allowed in a kernel: native interop"));
                        break;
                }
            }
        }

        return found.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
    }

    private static void CheckName(SimpleNameSyntax name, SemanticModel model, bool allowUnsafe, List<Diagnostic> found, HashSet<(int, string)> seen)
    {
        var info = model.GetSymbolInfo(name);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is null && name.IsVar)
        {
            symbol = model.GetTypeInfo(name).Type;
        }

        if (symbol is null or INamespaceSymbol)
        {
            return;
        }

        if (symbol is IMethodSymbol { ReducedFrom: { } extension })
        {
            symbol = extension;
        }

        var reason = ApiAllowList.Refuse(symbol, allowUnsafe);
        if (reason is null)
        {
            return;
        }

        var shown = Shown(symbol);
        var line = name.GetLocation().GetLineSpan().StartLinePosition.Line;
        if (seen.Add((line, reason)))
        {
            found.Add(At(name, RefusedApi, $"'{shown}' is not allowed in a kernel: {reason}. Kernels may use math, spans and memory, System.Numerics, System.Runtime.Intrinsics, Parallel.For, collections and LINQ"));
        }
    }

    private static void CheckStaticField(FieldDeclarationSyntax field, SemanticModel model, List<Diagnostic> found)
    {
        if (!field.Modifiers.Any(SyntaxKind.StaticKeyword) || field.Modifiers.Any(SyntaxKind.ConstKeyword))
        {
            return;
        }

        var type = model.GetTypeInfo(field.Declaration.Type).Type;
        var readOnly = field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword);
        foreach (var variable in field.Declaration.Variables)
        {
            if (!readOnly || !IsImmutableValue(type))
            {
                found.Add(At(variable, StaticState, StaticMessage(variable.Identifier.Text, readOnly)));
            }
        }
    }

    private static void CheckStaticProperty(PropertyDeclarationSyntax property, SemanticModel model, List<Diagnostic> found)
    {
        if (!property.Modifiers.Any(SyntaxKind.StaticKeyword) || property.AccessorList is null)
        {
            return;
        }

        // Only auto-properties have hidden backing fields; `static ReadOnlySpan<T> X => [...]` has none.
        var accessors = property.AccessorList.Accessors;
        if (accessors.All(a => a.Body is null && a.ExpressionBody is null))
        {
            var type = model.GetTypeInfo(property.Type).Type;
            var readOnly = accessors.All(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
            if (!readOnly || !IsImmutableValue(type))
            {
                found.Add(At(property, StaticState, StaticMessage(property.Identifier.Text, readOnly)));
            }
        }
    }

    private static string StaticMessage(string name, bool readOnly) =>
        $"static {(readOnly ? "readonly field of a mutable type" : "mutable field")} '{name}' could keep results between calls, which kernels must not (caching across calls is not allowed). "
        + "Use locals; for a constant table use `static ReadOnlySpan<T> Name => [ ... ];` or a const";

    // Primitives, enums and structs without reference-typed fields cannot hold a cache.
    private static bool IsImmutableValue(ITypeSymbol? type) =>
        type is not null && (type.SpecialType != SpecialType.None && type.IsValueType || type.SpecialType == SpecialType.System_String
            || type.TypeKind == TypeKind.Enum
            || type.IsValueType && type is INamedTypeSymbol n && n.GetMembers().OfType<IFieldSymbol>().All(f => f.IsStatic || f.Type.IsValueType));

    // `typeof(T) == typeof(sbyte)` is the JIT's compile-time type test for generic kernels: no Type escapes.
    private static bool IsTypeComparison(TypeOfExpressionSyntax typeOf) =>
        typeOf.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } binary
        && binary.Left is TypeOfExpressionSyntax && binary.Right is TypeOfExpressionSyntax;

    private static bool InUsingOrNamespace(SyntaxNode node) =>
        node.Ancestors().Any(a => a is UsingDirectiveSyntax || (a is BaseNamespaceDeclarationSyntax ns && ns.Name.Span.Contains(node.Span)));

    private static string Shown(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
        _ => $"{symbol.ContainingType?.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}.{symbol.Name}",
    };

    private static Diagnostic At(SyntaxNode node, string code, string message)
    {
        var span = node.GetLocation().GetLineSpan();
        return Diagnostic.Error(code, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
    }

    private static Diagnostic At(SyntaxToken token, string code, string message)
    {
        var span = token.GetLocation().GetLineSpan();
        return Diagnostic.Error(code, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
    }

    private static Diagnostic At(VariableDeclaratorSyntax variable, string code, string message) => At(variable.Identifier, code, message);
}
