namespace Book.Search.Tests.Support;

/// <summary>Finds the repository root (the folder with Book.sln) and the shared test data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> relative to the repository root, or null when absent (a contributor's clone).</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    public static string? LunrConformance =>
        Shared is { } s && Directory.Exists(Path.Combine(s, "conformance", "lunr")) ? Path.Combine(s, "conformance", "lunr") : null;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Book.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Book.sln not found above " + AppContext.BaseDirectory);
    }
}
