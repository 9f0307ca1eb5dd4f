namespace Book.Site.Tests.Quizzes;

/// <summary>Finds <c>../shared/corpus/mlsysbook</c> relative to the repository root (the folder holding Book.sln).</summary>
internal static class QuizCorpus
{
    public static string? Folder { get; } = Find();

    public static IReadOnlyList<string> QuizFiles =>
        Folder is null ? [] : Directory.GetFiles(Folder, "*_quizzes.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "mlsysbook"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }
        return null;
    }
}
