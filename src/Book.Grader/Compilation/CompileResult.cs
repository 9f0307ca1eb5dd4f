using Book.Core.Diagnostics;

namespace Book.Grader.Compilation;

/// <summary>The emitted assembly (null when there were errors), the Roslyn compilation, and its diagnostics mapped to the student's files.</summary>
public sealed record CompileResult(byte[]? Image, Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Image is not null;
}
