namespace Book.Site.Tests.Bibliography;

/// <summary>Finds the repository root (the folder holding Book.sln) and the shared test data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/corpus/mlsysbook</c> relative to the repository root.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "mlsysbook"));

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

        // Test runs outside the repository (a copied build) name it explicitly.
        return Environment.GetEnvironmentVariable("BOOK_REPO_ROOT")
            ?? throw new InvalidOperationException("Book.sln not found above the test binaries; set BOOK_REPO_ROOT to the repository root.");
    }
}
