using System.Reflection;

namespace Book.Architecture.Tests;

/// <summary>
/// STYLE.md rule 12: the dependency direction is checked. The model references neither the site nor the
/// grader; the site never references the grader and the reverse; the search library and the sandboxed
/// runner stand alone (the runner must hold nothing but the runtime).
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] OurAssemblies =
        ["Book.Core", "Book.Search", "Book.Site", "Book.Grader", "Book.Grader.Runner", "book"];

    public static TheoryData<string, string[]> Rules() => new()
    {
        { "Book.Core", [] },
        { "Book.Search", [] },
        { "Book.Grader.Runner", [] },
        { "Book.Site", ["Book.Core", "Book.Search"] },
        // The wire protocol is defined once, in the runner (which must stand alone); the grader speaks it.
        { "Book.Grader", ["Book.Core", "Book.Grader.Runner"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Assembly_references_only_what_the_design_allows(string assembly, string[] allowed)
    {
        var references = OurReferencesOf(assembly);

        var forbidden = references.Except(allowed, StringComparer.Ordinal).ToArray();

        Assert.True(
            forbidden.Length == 0,
            $"{assembly} must not reference {string.Join(", ", forbidden)} (allowed: {string.Join(", ", allowed)}).");
    }

    [Fact]
    public void Runner_references_nothing_but_the_runtime()
    {
        var runner = Load("Book.Grader.Runner");
        var foreign = runner.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(n => !IsRuntime(n))
            .ToArray();

        Assert.True(foreign.Length == 0, $"the sandboxed runner references {string.Join(", ", foreign)}");
    }

    private static string[] OurReferencesOf(string assembly) =>
        Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(n => OurAssemblies.Contains(n, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static bool IsRuntime(string name) =>
        name is "mscorlib" or "netstandard"
        || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);

    private static Assembly Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        Assert.True(File.Exists(path), $"{name}.dll is not beside the tests ({AppContext.BaseDirectory})");
        return Assembly.LoadFrom(path);
    }
}
