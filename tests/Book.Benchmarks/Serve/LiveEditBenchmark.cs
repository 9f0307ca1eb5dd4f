using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using Book.Site.Pipeline;
using Book.Site.Serving;

namespace Book.Benchmarks.Serve;

/// <summary>
/// Issue 7's live-edit speed: with <c>book serve</c> running on a copy of ../shared/corpus/mlsysbook,
/// edit one chapter (a paragraph; then a figure caption that another chapter references) and time from
/// the file write to the reload message arriving on an open page's event stream (read here with an
/// HTTP client, exactly the bytes a browser's EventSource gets). Prints medians and p90 of each.
/// </summary>
public sealed partial class LiveEditBenchmark : IBenchmark
{
    public string Name => "live-edit";

    public string Description => "book serve on the corpus: file write -> reload message, paragraph and cross-referenced caption edits";

    [GeneratedRegex(@"\{#(fig-[A-Za-z0-9_-]+)")]
    private static partial Regex FigureLabel();

    public int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 21;
        var corpus = SharedCorpus.Find();
        if (corpus is null)
        {
            Console.Error.WriteLine("../shared/corpus/mlsysbook not found: this benchmark needs the real-book corpus.");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("book-live-edit-").FullName;
        try
        {
            CopyFolder(Path.Combine(corpus, "book"), Path.Combine(work, "corpus", "book"));
            var config = Build.CorpusSiteYml.Write(Path.Combine(work, "corpus"), work);
            return RunAsync(config, Path.Combine(work, "corpus", "book", "quarto", "contents", "core"), runs).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string config, string chapters, int runs)
    {
        await using var session = new PreviewSession(new BuildOptions { ConfigPath = config }, _ => { });
        var builds = new List<RebuildReport>();
        session.Rebuilt += r => builds.Add(r);
        var first = await session.StartAsync(0);
        if (!first.Succeeded)
        {
            Console.Error.WriteLine("the corpus does not build:\n" + string.Join("\n", first.Messages));
            return 1;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var response = await http.GetAsync(new Uri(session.Server.Address, SiteServer.EventsPath.TrimStart('/')), HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        await events.ReadLineAsync();
        await events.ReadLineAsync();

        // A paragraph of ops.qmd: the first long line of plain prose.
        var ops = Path.Combine(chapters, "ops", "ops.qmd");
        var opsText = await File.ReadAllTextAsync(ops);
        var paragraph = opsText.Split('\n').First(l => l.Length > 200 && char.IsLetter(l[0]));

        // A figure whose label another chapter cross-references.
        var (captionFile, captionLine) = FindReferencedFigure(chapters);

        Console.WriteLine($"corpus: first build {first.Elapsed.TotalMilliseconds:0} ms; {runs} edits of each kind after 5 warm-up edits");
        builds.Clear();
        var paragraphTimes = await EditRepeatedly(session, events, ops, paragraph, (p, i) => p + $" Edit {i}.", runs + 5);
        var paragraphBuilds = builds.Skip(5).ToList();
        builds.Clear();
        var captionTimes = await EditRepeatedly(session, events, captionFile, captionLine, (l, i) => l.Replace("](", $" (revision {i})](", StringComparison.Ordinal), runs + 5);
        var captionBuilds = builds.Skip(5).ToList();

        PrintStageTimes(config);
        PrintIncrementalStages("paragraph edit", paragraphBuilds);
        PrintIncrementalStages("caption edit", captionBuilds);
        Report("paragraph edit", paragraphTimes.Skip(5).ToList(), paragraphBuilds);
        Report("caption edit (referenced from another chapter)", captionTimes.Skip(5).ToList(), captionBuilds);
        Console.WriteLine("goal: paragraph edit <= 50 ms median (file write -> reload message)");
        return 0;
    }

    /// <summary>Where a rebuild's time goes: the median time of each stage over warm full builds.</summary>
    private static void PrintStageTimes(string config)
    {
        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var run = 0; run < 7; run++)
        {
            var clock = Stopwatch.StartNew();
            string? current = null;
            var last = 0.0;
            void Mark(string next)
            {
                var now = clock.Elapsed.TotalMilliseconds;
                if (current is not null)
                {
                    (stages.TryGetValue(current, out var list) ? list : stages[current] = []).Add(now - last);
                }

                (current, last) = (next, now);
            }

            BuildSite.Run(new BuildOptions { ConfigPath = config, DryRun = true, Progress = Mark });
            Mark("(end)");
        }

        Console.WriteLine("where a full warm build's time goes (median of 7 builds, search index included):");
        foreach (var (stage, times) in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-28} {Measure.Median(times.Skip(2).ToList()),8:0.0} ms"));
        }
    }

    private static async Task<List<double>> EditRepeatedly(PreviewSession session, StreamReader events, string file, string line, Func<string, int, string> edit, int count)
    {
        var original = await File.ReadAllTextAsync(file);
        var times = new List<double>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var text = original.Replace(line, edit(line, i), StringComparison.Ordinal);
                var start = Stopwatch.GetTimestamp();
                await File.WriteAllTextAsync(file, text);
                await WaitForReload(events);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);

                // A writer pauses between edits: let the background search indexing of this one finish.
                await session.Indexing;
                await Task.Delay(50);
            }
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
            await WaitForReload(events);
        }

        return times;
    }

    private static async Task WaitForReload(StreamReader events)
    {
        while (await events.ReadLineAsync() is { } line)
        {
            if (line == "event: reload")
            {
                await events.ReadLineAsync();
                await events.ReadLineAsync();
                return;
            }

            if (line == "event: errors")
            {
                throw new InvalidOperationException("the edit produced errors: " + await events.ReadLineAsync());
            }
        }
    }

    private static (string File, string Line) FindReferencedFigure(string chapters)
    {
        var files = Directory.GetFiles(chapters, "*.qmd", SearchOption.AllDirectories);
        var texts = files.ToDictionary(f => f, File.ReadAllText);
        foreach (var (file, text) in texts)
        {
            foreach (var line in text.Split('\n').Where(l => l.StartsWith("![", StringComparison.Ordinal)))
            {
                var label = FigureLabel().Match(line);
                if (label.Success && texts.Any(t => t.Key != file && t.Value.Contains("@" + label.Groups[1].Value, StringComparison.Ordinal)))
                {
                    return (file, line);
                }
            }
        }

        // No cross-chapter reference to an image figure: take a figure referenced in its own chapter.
        foreach (var (file, text) in texts)
        {
            foreach (var line in text.Split('\n').Where(l => l.StartsWith("![", StringComparison.Ordinal)))
            {
                var label = FigureLabel().Match(line);
                if (label.Success && text.Contains("@" + label.Groups[1].Value, StringComparison.Ordinal))
                {
                    Console.WriteLine($"note: no image figure is referenced across chapters; editing {label.Groups[1].Value}, referenced in its own chapter");
                    return (file, line);
                }
            }
        }

        throw new InvalidOperationException("no referenced image figure in the corpus");
    }

    /// <summary>Where an incremental rebuild's time goes, stage by stage, and how many pages it laid out.</summary>
    private static void PrintIncrementalStages(string what, IReadOnlyList<RebuildReport> builds)
    {
        var incremental = builds.Where(b => b.Incremental).ToList();
        Console.WriteLine($"{what}: {incremental.Count} of {builds.Count} rebuilds incremental; median per stage:");
        foreach (var stage in incremental.SelectMany(b => b.Stages.Select(s => s.Stage)).Distinct())
        {
            var times = incremental.Select(b => b.Stages.Where(s => s.Stage == stage).Sum(s => s.Milliseconds)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-28} {Measure.Median(times),8:0.0} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"pages changed",-28} {Measure.Median(incremental.Select(b => (double)b.ChangedPages.Count).ToList()),8:0}"));
    }

    private static void Report(string what, IReadOnlyList<double> times, IReadOnlyList<RebuildReport> reports)
    {
        var builds = reports.Select(r => r.Elapsed.TotalMilliseconds).ToList();
        // What is not the rebuild: the watcher's event and quiet period, the task hop, the SSE write and read.
        var around = times.Zip(builds, (t, b) => t - b).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-50} write->reload median {Measure.Median(times),7:0.0} ms  p90 {Measure.Percentile(times, 90),7:0.0} ms  MAD {Measure.Mad(times),5:0.0} ms;  rebuild median {Measure.Median(builds),7:0.0} ms;  watcher+notify median {Measure.Median(around),5:0.0} ms  (n={times.Count})"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
