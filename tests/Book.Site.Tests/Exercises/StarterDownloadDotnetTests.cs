using System.IO.Compression;
using System.Text.RegularExpressions;
using Book.Core.Diagnostics;
using Book.Site.Exercises;
using Book.Site.Tests.Support;

namespace Book.Site.Tests.Exercises;

/// <summary>
/// The download works the way the exercise page says: unzip, <c>dotnet test</c>, and the public tests
/// run (failing on the starter, passing with the reference solution in its place). Slow (two restores
/// and builds of a test project, about a minute) but kept in the suite: it is what students do.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class StarterDownloadDotnetTests : IDisposable
{
    private const string Exercise = "01-quantize-linear";
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "book-download-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [DotnetFact]
    public void PublicTestsRunWithDotnetTestFailingOnTheStarterAndPassingOnTheReference()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = LoadExercises.Run(Path.Combine(RepoPaths.Root, "exercises"), diagnostics);
        var exercise = catalog.Find(Exercise);
        Assert.True(exercise is not null, $"exercise {Exercise} not loaded: {string.Join("\n", diagnostics.Items)}");

        using (var zip = new ZipArchive(new MemoryStream(PackStarterDownload.Run(exercise))))
        {
            zip.ExtractToDirectory(_temp);
        }

        var folder = Path.Combine(_temp, exercise.Id);
        var (code, output) = DotnetCli.Run(folder, TimeSpan.FromMinutes(5), "test");
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Build FAILED", output, StringComparison.Ordinal);
        Assert.True(code != 0, "dotnet test succeeded on the starter, which must fail the public tests:\n" + output);
        var (failed, total) = Counts(output);
        Assert.True(failed > 0 && total > 0, "the test runner reported no failed tests on the starter:\n" + output);

        // The reference in place of the starter: the same command, every public test passes.
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "starter")))
        {
            File.Delete(file);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(exercise.Directory, "reference"), "*.cs"))
        {
            var copy = Path.Combine(folder, "starter", Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, DateTime.UtcNow); // as an edit would: a copy keeps its old time and MSBuild would skip the compile
        }

        (code, output) = DotnetCli.Run(folder, TimeSpan.FromMinutes(5), "test");
        Assert.True(code == 0, "dotnet test failed with the reference solution:\n" + output);
        var (failedAfter, totalAfter) = Counts(output);
        Assert.Equal(0, failedAfter);
        Assert.Equal(total, totalAfter);
    }

    private static (int Failed, int Total) Counts(string output)
    {
        var match = Summary().Match(output);
        Assert.True(match.Success, "no test summary line in the output of dotnet test:\n" + output);
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    // VSTest's summary: "Failed!  - Failed:     3, Passed:     0, Skipped:     0, Total:     3, Duration: ..."
    [GeneratedRegex(@"Failed:\s*(\d+),\s*Passed:\s*\d+,\s*Skipped:\s*\d+,\s*Total:\s*(\d+)")]
    private static partial Regex Summary();
}
