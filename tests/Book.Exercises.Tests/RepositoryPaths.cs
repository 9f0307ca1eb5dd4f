namespace Book.Exercises.Tests;

/// <summary>The repository root (the folder holding Book.sln) and the shared test data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Exercises => Path.Combine(Root, "exercises");

    public static string OnnxNodeTests => Path.GetFullPath(Path.Combine(Root, "..", "shared", "conformance", "onnx-node"));

    public static IEnumerable<object[]> ExerciseFolders() =>
        Directory.GetDirectories(Path.Combine(FindRoot(), "exercises"))
            .Where(d => File.Exists(Path.Combine(d, "exercise.yml")))
            .Order(StringComparer.Ordinal)
            .Select(d => new object[] { Path.GetFileName(d) });

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Book.sln not found above the test assembly");
    }
}
