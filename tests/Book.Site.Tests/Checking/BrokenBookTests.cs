using Book.Site.Checking;
using Book.Site.Pipeline;
using Book.Site.Tests.Support;

namespace Book.Site.Tests.Checking;

/// <summary>
/// <c>book check</c> on books with one fault each (<c>BrokenBooks/&lt;case&gt;/</c>): it must report exactly
/// the diagnostics listed in the case's <c>expected.txt</c> (<c>CODE file line</c>), at the right file and
/// line, and nothing else. Adding a case is adding a folder.
/// </summary>
public sealed class BrokenBookTests
{
    private static readonly string Cases = Path.Combine(RepoPaths.Root, "tests", "Book.Site.Tests", "Checking", "BrokenBooks");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Cases).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Check_reports_the_fault_at_its_file_and_line_and_nothing_else(string name)
    {
        var folder = Path.Combine(Cases, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Trim())
            .Order(StringComparer.Ordinal)
            .ToList();

        var result = await CheckBook.RunAsync(new BuildOptions { ConfigPath = Path.Combine(folder, "site.yml") }, new CheckOptions());

        var actual = result.Diagnostics.Items
            .Select(d => $"{d.Code} {Path.GetRelativePath(folder, Path.GetFullPath(d.File)).Replace('\\', '/')} {d.Line}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"expected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", result.Diagnostics.Items)}");
    }
}
