namespace Book.Browser.Tests;

public static class RepoPaths
{
    /// <summary>The repository root: the first folder up from the test binaries that holds Book.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where screenshots and other artifacts of a run are kept.</summary>
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Book.sln not found above " + AppContext.BaseDirectory);
    }
}
