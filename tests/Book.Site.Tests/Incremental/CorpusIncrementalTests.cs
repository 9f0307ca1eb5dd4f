using System.Text.RegularExpressions;
using Book.Site.Incremental;
using Book.Site.Tests.Support;
using static Book.Site.Tests.Incremental.IncrementalEquality;

namespace Book.Site.Tests.Incremental;

/// <summary>
/// The live-edit benchmark's edits on a copy of the MLSysBook corpus (large chapters, cross-chapter
/// figure references, per-chapter bibliographies, quiz files): the incremental site equals a full build.
/// </summary>
public sealed partial class CorpusIncrementalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("book-incremental-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"\{#(fig-[A-Za-z0-9_-]+)")]
    private static partial Regex FigureLabel();

    [SharedFact]
    public void Paragraph_and_referenced_caption_edits_give_the_full_builds_site()
    {
        foreach (var source in Directory.EnumerateFiles(Path.Combine(RepoPaths.Corpus, "book"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, "corpus", "book", Path.GetRelativePath(Path.Combine(RepoPaths.Corpus, "book"), source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        var config = Book.Benchmarks.Build.CorpusSiteYml.Write(Path.Combine(_folder, "corpus"), _folder);
        var chapters = Path.Combine(_folder, "corpus", "book", "quarto", "contents", "core");
        var site = IncrementalSite.Build(Options(config), out var first);
        Assert.NotNull(site);

        var ops = Path.Combine(chapters, "ops", "ops.qmd");
        var text = File.ReadAllText(ops);
        var paragraph = text.Split('\n').First(l => l.Length > 200 && char.IsLetter(l[0]));
        var update = EditAndCompare(site!, config, "corpus paragraph", (ops, text.Replace(paragraph, paragraph + " Edit 1.", StringComparison.Ordinal)));
        Assert.Equal(["ops.html"], update.RenderedPaths);

        // A figure caption whose label another chapter cross-references.
        var texts = Directory.GetFiles(chapters, "*.qmd", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        // (The corpus copy has none referenced across chapters, as the benchmark notes: then one referenced in its own chapter.)
        var figures = texts
            .SelectMany(t => t.Value.Split('\n').Where(l => l.StartsWith("![", StringComparison.Ordinal)).Select(l => (File: t.Key, Line: l)))
            .Where(x => FigureLabel().IsMatch(x.Line)).ToList();
        var (file, line) = figures.FirstOrDefault(x => texts.Any(t => t.Key != x.File && t.Value.Contains("@" + FigureLabel().Match(x.Line).Groups[1].Value, StringComparison.Ordinal)));
        if (file is null)
        {
            (file, line) = figures.First(x => texts[x.File].Contains("@" + FigureLabel().Match(x.Line).Groups[1].Value, StringComparison.Ordinal));
        }

        var caption = EditAndCompare(site!, config, "corpus caption",
            (file, texts[file].Replace(line, line.Replace("](", " (revised)](", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.Contains(Path.GetFileNameWithoutExtension(file) + ".html", caption.RenderedPaths);
    }
}
