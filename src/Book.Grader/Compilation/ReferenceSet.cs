using Book.Grader.Harness;
using Microsoft.CodeAnalysis;

namespace Book.Grader.Compilation;

/// <summary>
/// The fixed set of assemblies submissions compile against: the shared framework the grader itself
/// runs on (its trusted platform assemblies inside the runtime folder), so what compiles is what the
/// sandboxed runner, started on the same runtime, can load. Built once per process and shared.
/// </summary>
public static class ReferenceSet
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> _framework = new(LoadFramework);
    private static readonly Lazy<MetadataReference> _harness = new(() => MetadataReference.CreateFromFile(typeof(IExerciseHarness).Assembly.Location));

    public static IReadOnlyList<MetadataReference> Framework => _framework.Value;

    /// <summary>Book.Grader itself, for the trusted harness (<see cref="IExerciseHarness"/>).</summary>
    public static MetadataReference Harness => _harness.Value;

    /// <summary>The folder of the running shared framework (System.Private.CoreLib's folder).</summary>
    public static string FrameworkDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private static IReadOnlyList<MetadataReference> LoadFramework()
    {
        var dir = FrameworkDirectory;
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), dir, StringComparison.Ordinal));
        var files = tpa.Any() ? tpa : Directory.GetFiles(dir, "System*.dll").Append(Path.Combine(dir, "netstandard.dll"));
        return files.Order(StringComparer.Ordinal)
            .Where(File.Exists)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
