using Book.Site.Tests.Support;

namespace Book.Site.Tests.Exercises;

/// <summary>Golden files of the exercise tests (<c>Exercises/Expected/</c>); <c>BOOK_BLESS=1</c> rewrites them.</summary>
public static class ExpectedFile
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Book.Site.Tests", "Exercises", "Expected", name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("BOOK_BLESS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with BOOK_BLESS=1 and review the diff");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
