using System.Text;
using Book.Site.Incremental;
using Book.Site.Pipeline;

namespace Book.Site.Tests.Incremental;

/// <summary>
/// Holds an incrementally updated site to what a fresh full build makes of the same sources: every
/// file byte-equal, the same copied files, the same diagnostics and search documents.
/// </summary>
public static class IncrementalEquality
{
    public static BuildOptions Options(string config) =>
        new() { ConfigPath = config, DryRun = true, LiveReload = true, DeferSearchIndex = true };

    /// <summary>Applies an edit through <see cref="IncrementalSite.Update"/> and compares with a full build.</summary>
    public static SiteUpdate EditAndCompare(IncrementalSite site, string config, string what, params (string File, string Text)[] edits)
    {
        foreach (var (file, text) in edits)
        {
            File.WriteAllText(file, text);
        }

        var update = site.Update(edits.Select(e => e.File).ToList());
        Assert.True(update is not null, $"{what}: the edit fell back to a full build " + string.Join(",", site.Book.Chapters.Select(c => c.SourcePath)) + " vs " + string.Join(",", edits.Select(e => e.File)));
        AssertSame(site, update!, BuildSite.Run(Options(config)), what);
        return update!;
    }

    public static void AssertSame(IncrementalSite site, SiteUpdate update, BuildResult full, string what)
    {
        var problems = new List<string>();
        var expected = full.Output.Files;
        var actual = site.Output.Files;
        foreach (var path in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!expected.TryGetValue(path, out var want))
            {
                problems.Add($"{path}: only in the incremental site");
            }
            else if (!actual.TryGetValue(path, out var got))
            {
                problems.Add($"{path}: missing from the incremental site");
            }
            else if (!want.AsSpan().SequenceEqual(got))
            {
                problems.Add($"{path}: differs from the full build {FirstDifference(want, got)}");
            }
        }

        var copies = full.Output.Copies.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} -> {c.Value}");
        var siteCopies = site.Output.Copies.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} -> {c.Value}");
        if (!copies.SequenceEqual(siteCopies))
        {
            problems.Add("the copied files differ");
        }

        var want2 = full.Diagnostics.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        var got2 = update.Diagnostics.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        problems.AddRange(want2.Except(got2).Select(d => "diagnostic missing: " + d));
        problems.AddRange(got2.Except(want2).Select(d => "diagnostic not in the full build: " + d));
        if (want2.Count != got2.Count)
        {
            problems.Add($"{got2.Count} diagnostics, the full build has {want2.Count}");
        }

        if (!full.SearchDocuments.SequenceEqual(site.SearchDocuments))
        {
            problems.Add("the search documents differ");
        }

        Assert.True(problems.Count == 0, $"{what}:\n  " + string.Join("\n  ", problems.Take(20)));
    }

    private static string FirstDifference(byte[] want, byte[] got)
    {
        var i = want.AsSpan().CommonPrefixLength(got);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, i - 60), Math.Min(bytes.Length, i + 60) - Math.Max(0, i - 60));
        return $"at byte {i}:\n    full:        …{Around(want)}…\n    incremental: …{Around(got)}…";
    }
}
