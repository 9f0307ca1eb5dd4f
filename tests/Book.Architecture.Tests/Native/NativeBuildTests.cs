using Book.Architecture.Tests.Support;
using Book.Site.Pipeline;

namespace Book.Architecture.Tests.Native;

/// <summary>
/// The README's native build of <c>book</c> (ahead-of-time compiled, no JIT) writes the same site, byte for
/// byte, as the managed build, reports bad books the same way, and refuses the commands that need a JIT.
/// </summary>
[Collection("console")]
public sealed class NativeBuildTests(NativeBuildFixture native) : IClassFixture<NativeBuildFixture>
{
    private static string GoldenBooks => Path.Combine(NativeBuildFixture.RepoRoot, "tests", "Book.Site.Tests", "Books");

    private static string Corpus => Path.GetFullPath(Path.Combine(NativeBuildFixture.RepoRoot, "..", "shared", "corpus", "mlsysbook"));

    [NativeToolchainFact]
    public void The_native_build_writes_the_same_sites_as_the_managed_build()
    {
        var configs = new List<string>
        {
            Path.Combine(NativeBuildFixture.RepoRoot, "site.yml"),
            Path.Combine(GoldenBooks, "basic", "site.yml"),
            Path.Combine(GoldenBooks, "split-auto", "site.yml"),
            Path.Combine(GoldenBooks, "missing-image", "site.yml"),
        };
        var work = Path.Combine(Path.GetTempPath(), "book-native-sites-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (Directory.Exists(Corpus))
            {
                configs.Add(CorpusConfig(work));
            }

            foreach (var config in configs)
            {
                var expected = Path.Combine(work, "managed-" + configs.IndexOf(config));
                var actual = Path.Combine(work, "native-" + configs.IndexOf(config));
                Assert.True(BuildSite.Run(new BuildOptions { ConfigPath = config, OutputDirectory = expected }).Written, config);

                var (exit, _, error) = native.Run("build", "--config", config, "--output", actual);

                Assert.True(exit == 0, $"{config}: exit {exit}\n{error}");
                AssertSameFiles(expected, actual);
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    [NativeToolchainFact]
    public void Bad_books_get_the_same_diagnostics_and_exit_code()
    {
        foreach (var book in (string[])["malformed-site-yml", "unclosed-div", "invalid-utf8", "path-escape", "unknown-reference"])
        {
            var config = Path.Combine(GoldenBooks, book, "site.yml");
            var output = Path.Combine(Path.GetTempPath(), "book-native-bad-" + Guid.NewGuid().ToString("N"));
            var managed = InProcessCli.Run("build", "--config", config, "--output", output);

            var (exit, _, error) = native.Run("build", "--config", config, "--output", output);

            Assert.Equal(managed.Exit, exit);
            Assert.NotEmpty(Diagnostics(error));
            Assert.Equal(Diagnostics(managed.Error), Diagnostics(error));
            if (exit != 0)
            {
                Assert.False(Directory.Exists(output));
            }
            else
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [NativeToolchainFact]
    public void Commands_that_compile_csharp_say_they_need_the_managed_build()
    {
        var exercise = Path.Combine(NativeBuildFixture.RepoRoot, "exercises", "01-quantize-linear");
        foreach (var args in (string[][])[["grade", exercise, Path.Combine(exercise, "reference")], ["test", exercise, Path.Combine(exercise, "reference")], ["exercise", "check", exercise]])
        {
            var (exit, _, error) = native.Run(args);

            Assert.Equal(2, exit);
            Assert.Contains("needs the .NET JIT", error, StringComparison.Ordinal);
            Assert.Contains("managed build", error, StringComparison.Ordinal);
        }

        var check = native.RunIn(NativeBuildFixture.RepoRoot, "check");
        Assert.Equal(0, check.Exit);
        Assert.Contains("info EX000", check.Output + check.Error, StringComparison.Ordinal);
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var want = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToList();
        var got = Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(want, got);
        foreach (var file in want)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs between the managed and the native build");
        }
    }

    private static string[] Diagnostics(string error) =>
        [.. error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal))];

    // The benchmark's configuration of the corpus: its 8 chapters, every feature on.
    private static string CorpusConfig(string work) => Book.Benchmarks.Build.CorpusSiteYml.Write(Corpus, Path.Combine(work, "corpus"));
}
