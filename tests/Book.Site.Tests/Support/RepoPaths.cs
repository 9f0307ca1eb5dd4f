namespace Book.Site.Tests.Support;

/// <summary>Where the repository and the shared test data are, found from the test binaries.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding Book.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository (read-only test data; absent in a contributor's clone).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus", "mlsysbook");

    /// <summary>The golden books of this test project (source tree, not bin: blessing writes there).</summary>
    public static string GoldenBooks => Path.Combine(Root, "tests", "Book.Site.Tests", "Books");

    /// <summary>A path inside this test project's source folder.</summary>
    public static string InTests(params string[] parts) =>
        Path.Combine([Root, "tests", "Book.Site.Tests", .. parts]);

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
