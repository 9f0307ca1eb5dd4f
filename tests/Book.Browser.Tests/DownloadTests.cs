using System.Diagnostics;
using System.IO.Compression;

namespace Book.Browser.Tests;

/// <summary>
/// A student on an exercise page clicks the starter download; the zip unzips and <c>dotnet test</c> runs the
/// public tests in it (they compile and fail against the starter: failed tests, not a build error).
/// </summary>
[Collection(ServedBookCollection.Name)]
public sealed class DownloadTests(ServedBook book)
{
    [BrowserFact]
    public async Task Exercise_download_unzips_and_its_public_tests_run_with_dotnet_test()
    {
        await using var context = await book.NewContextAsync();
        var (page, _) = await Visit.OpenAsync(context, "exercises/quantize-linear.html");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href$='quantize-linear.zip']").First.ClickAsync());
        var folder = Directory.CreateTempSubdirectory("book-download-").FullName;
        try
        {
            var zip = Path.Combine(folder, download.SuggestedFilename);
            await download.SaveAsAsync(zip);
            ZipFile.ExtractToDirectory(zip, Path.Combine(folder, "unzipped"));
            var project = Directory.GetFiles(Path.Combine(folder, "unzipped"), "*.csproj", SearchOption.AllDirectories).Single();

            var (exit, output) = await DotnetTest(Path.GetDirectoryName(project)!);

            Assert.True(exit != 0, "the starter must fail its public tests:\n" + output);
            Assert.Matches(@"Failed:\s+[1-9]", output);
            Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> DotnetTest(string directory)
    {
        var start = new ProcessStartInfo("dotnet", "test")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await stdout + await stderr);
    }
}
