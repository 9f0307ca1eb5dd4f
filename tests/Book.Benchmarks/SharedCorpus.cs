namespace Book.Benchmarks;

/// <summary>Finds ../shared beside the repository (never copied into it).</summary>
public static class SharedCorpus
{
    /// <summary>The repository root: the first folder up from the binaries that holds Book.sln.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>The shared folder, or null when absent.</summary>
    public static string? Shared()
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared"));
        return Directory.Exists(path) ? path : null;
    }

    /// <summary><c>../shared/corpus/mlsysbook</c>, or null when absent.</summary>
    public static string? Find() =>
        Shared() is { } shared && Directory.Exists(Path.Combine(shared, "corpus", "mlsysbook"))
            ? Path.Combine(shared, "corpus", "mlsysbook")
            : null;
}
