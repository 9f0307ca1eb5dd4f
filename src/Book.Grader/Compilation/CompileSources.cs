using Book.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Diagnostic = Book.Core.Diagnostics.Diagnostic;

namespace Book.Grader.Compilation;

/// <summary>
/// Compiles C# files in memory with Roslyn. Diagnostics keep the files' display paths (relative,
/// as the student named them), 1-based line and column. Everything Roslyn-side is created per call
/// except the reference set, which stays warm across calls in a batch.
/// </summary>
public static class CompileSources
{
    // The SDK's implicit usings for a console/library project, so a file that compiles in the
    // student's own `dotnet build` compiles here too. Using a namespace is harmless: CheckApis
    // judges what is used, not what is imported.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);

    public static CompileResult Compile(string assemblyName, IReadOnlyList<SourceFile> sources, bool allowUnsafe, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, _parseOptions, s.DisplayPath, System.Text.Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(GlobalUsings, _parseOptions, "GlobalUsings.g.cs", System.Text.Encoding.UTF8))
            .ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: allowUnsafe,
            deterministic: true,
            // Annotations without warnings: `float[]?` compiles as in an SDK project, without nullable noise.
            nullableContextOptions: NullableContextOptions.Annotations,
            concurrentBuild: true);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            ReferenceSet.Framework.Concat(extraReferences ?? []),
            options);

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var diagnostics = emit.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Where(d => !(d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath == "GlobalUsings.g.cs"))
            .Select(Map)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new CompileResult(emit.Success ? stream.ToArray() : null, compilation, diagnostics);
    }

    public static Diagnostic Map(Microsoft.CodeAnalysis.Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var file = d.Location.IsInSource ? span.Path : "(compilation)";
        var line = d.Location.IsInSource ? span.StartLinePosition.Line + 1 : 0;
        var column = d.Location.IsInSource ? span.StartLinePosition.Character + 1 : 0;
        var severity = d.Severity == DiagnosticSeverity.Error ? Severity.Error : Severity.Warning;
        return new Diagnostic(severity, d.Id, file, line, column, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
