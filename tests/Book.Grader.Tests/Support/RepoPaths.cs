namespace Book.Grader.Tests.Support;

/// <summary>Folders of the repository, found by walking up to Book.sln (tests read their data in place).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "Book.Grader.Tests");

    public static string VectorAdd => Path.Combine(TestProject, "Exercises", "vector-add");

    public static string Cases => Path.Combine(TestProject, "Cases");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Book.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Book.sln not found above the test binaries");
    }
}
