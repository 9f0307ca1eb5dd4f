using Book.Core.Exercises;
using Book.Grader.Trusted;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Diagnostic = Book.Core.Diagnostics.Diagnostic;

namespace Book.Grader.Analysis;

/// <summary>
/// The submission must define the entry type of exercise.yml as a public static class with each
/// kernel method public static void and the reference's parameter types, so the runner can call it
/// exactly as the reference is called.
/// </summary>
public static class CheckEntryPoint
{
    public const string Code = "GR010";

    public static IReadOnlyList<Diagnostic> Check(CSharpCompilation compilation, ExerciseEntry entry, TrustedSide trusted, string firstFile)
    {
        var found = new List<Diagnostic>();
        var type = compilation.Assembly.GetTypeByMetadataName(entry.Type);
        if (type is null)
        {
            found.Add(Diagnostic.Error(Code, firstFile, 1, 1, $"the submission must define 'public static class {entry.Type}' (start from the exercise's starter code)"));
            return found;
        }

        var at = type.Locations.FirstOrDefault(l => l.IsInSource)?.GetLineSpan();
        var file = at?.Path ?? firstFile;
        var line = (at?.StartLinePosition.Line ?? 0) + 1;
        var column = (at?.StartLinePosition.Character ?? 0) + 1;
        if (type.DeclaredAccessibility != Accessibility.Public || !type.IsStatic)
        {
            found.Add(Diagnostic.Error(Code, file, line, column, $"{entry.Type} must be declared 'public static class'"));
        }

        foreach (var method in entry.Methods)
        {
            var expected = trusted.Parameters(method.Name).Select(p => p.Type).ToList();
            var candidates = type.GetMembers(method.Name).OfType<IMethodSymbol>().ToList();
            var match = candidates.FirstOrDefault(m => m.Parameters.Select(p => MetadataName(p.Type)).SequenceEqual(expected));
            if (match is null || match.DeclaredAccessibility != Accessibility.Public || !match.IsStatic || !match.ReturnsVoid || match.IsGenericMethod)
            {
                var where = (match ?? candidates.FirstOrDefault())?.Locations.FirstOrDefault(l => l.IsInSource)?.GetLineSpan();
                found.Add(Diagnostic.Error(Code, where?.Path ?? file, (where?.StartLinePosition.Line ?? line - 1) + 1, (where?.StartLinePosition.Character ?? column - 1) + 1,
                    $"{entry.Type} needs the method: {method.Signature}"));
            }
            else if (candidates.Count(m => m.DeclaredAccessibility == Accessibility.Public && m.IsStatic) > 1)
            {
                var where = match.Locations.First().GetLineSpan();
                found.Add(Diagnostic.Error(Code, where.Path, where.StartLinePosition.Line + 1, where.StartLinePosition.Character + 1,
                    $"{method.Name} must not be overloaded with other public static methods; make the helpers private"));
            }
        }

        return found;
    }

    /// <summary>The reflection-style name of a parameter type (<c>System.Single[]</c>), to compare with the reference's.</summary>
    private static string MetadataName(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => MetadataName(array.ElementType) + "[]",
        INamedTypeSymbol named => ApiAllowList.FullName(named),
        _ => type.ToDisplayString(),
    };
}
