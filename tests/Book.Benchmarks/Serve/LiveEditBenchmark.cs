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
        CpuTimes.Clear();
        var paragraphTimes = await EditRepeatedly(session, http, events, ops, paragraph, (p, i) => p + $" Edit {i}.", runs + 5);
        var paragraphBuilds = builds.Skip(5).ToList();
        var paragraphCpu = CpuTimes.Skip(5).Take(runs).ToList();
        builds.Clear();
        CpuTimes.Clear();
        var captionTimes = await EditRepeatedly(session, http, events, captionFile, captionLine, (l, i) => l.Replace("](", $" (revision {i})](", StringComparison.Ordinal), runs + 5);
        var captionBuilds = builds.Skip(5).ToList();
        var captionCpu = CpuTimes.Skip(5).Take(runs).ToList();

        PrintStageTimes(config);
        PrintFloor(opsText);
        PrintIncrementalStages("paragraph edit", paragraphBuilds);
        PrintIncrementalStages("caption edit", captionBuilds);
        PrintLatency("paragraph edit", paragraphTimes.Skip(5).ToList(), paragraphBuilds);
        PrintLatency("caption edit", captionTimes.Skip(5).ToList(), captionBuilds);
        Report("paragraph edit", paragraphTimes.Skip(5).Select(Elapsed).ToList(), paragraphBuilds);
        Report("caption edit (referenced from another chapter)", captionTimes.Skip(5).Select(Elapsed).ToList(), captionBuilds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process CPU time write->reload (all threads), median: paragraph edit {Measure.Median(paragraphCpu):0.0} ms, caption edit {Measure.Median(captionCpu):0.0} ms; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocated write->reload (whole process), median: {Measure.Median(Allocations.Select(a => a.Megabytes).ToList()):0.0} MB; edits during which a collection ran: {Allocations.Count(a => a.Collections > 0)} of {Allocations.Count}"));
        Console.WriteLine("goal: paragraph edit <= 50 ms median (file write -> reload message)");
        return 0;
    }

    /// <summary>
    /// The floor of any rebuild of the edited chapter: Markdig parsing it with the book's pipeline, and
    /// rendering it to HTML (process CPU time, median of 15 after 3 warm-ups).
    /// </summary>
    private static void PrintFloor(string chapterText)
    {
        var pipeline = Book.Site.Pipeline.CreateMarkdownPipeline.Run();
        var process = Process.GetCurrentProcess();
        var parse = new List<double>();
        var render = new List<double>();
        var parseWall = new List<double>();
        for (var i = 0; i < 18; i++)
        {
            process.Refresh();
            var t0 = process.TotalProcessorTime;
            var wall = Stopwatch.GetTimestamp();
            var document = Markdig.Markdown.Parse(chapterText, pipeline);
            var wallParse = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
            process.Refresh();
            var t1 = process.TotalProcessorTime;
            _ = Markdig.Markdown.ToHtml(document, pipeline);
            process.Refresh();
            var t2 = process.TotalProcessorTime;
            if (i >= 3)
            {
                parse.Add((t1 - t0).TotalMilliseconds);
                parseWall.Add(wallParse);
                render.Add((t2 - t1).TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"floor for the edited chapter ({chapterText.Length / 1024} KB), CPU time medians: Markdig parse {Measure.Median(parse):0.0} ms (wall: median {Measure.Median(parseWall):0.0}, min {parseWall.Min():0.0} ms), HTML render {Measure.Median(render):0.0} ms"));
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

    /// <summary>Whether the served page of <paramref name="file"/> holds the edited line's new words.</summary>
    /// <summary>
    /// Whether a page the reload names shows the edit. A long chapter is split into pages, so the edit may
    /// be on any of them; the reload message lists the pages that changed (empty: all, then the chapter's first page).
    /// </summary>
    private static async Task<bool> ShowsEdit(PreviewSession session, HttpClient http, string file, string editedLine, IReadOnlyList<string> pages)
    {
        var marker = Marker().Match(editedLine).Value;
        var candidates = pages.Count > 0 ? pages : [Path.GetFileNameWithoutExtension(file) + ".html"];
        foreach (var candidate in candidates.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = await http.GetStringAsync(new Uri(session.Server.Address, candidate.TrimStart('/')));
            if (page.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(Edit|revision) \d+")]
    private static partial Regex Marker();

    private static readonly List<(double Megabytes, int Collections)> Allocations = [];

    private static async Task<List<(long Written, long Received)>> EditRepeatedly(PreviewSession session, HttpClient http, StreamReader events, string file, string line, Func<string, int, string> edit, int count)
    {
        var original = await File.ReadAllTextAsync(file);
        var times = new List<(long Written, long Received)>();
        var process = Process.GetCurrentProcess();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var edited = edit(line, i);
                var bytes = Encoding.UTF8.GetBytes(original.Replace(line, edited, StringComparison.Ordinal));
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var (allocated, collections) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
                var start = Stopwatch.GetTimestamp();
                // One write call, as editors save (a slow chunked write can be read half-way, and the
                // reload of that half would be timed): then the reload whose page shows the edit counts.
                File.WriteAllBytes(file, bytes);
                long received;
                IReadOnlyList<string> pages;
                do
                {
                    pages = await WaitForReload(events);
                    received = Stopwatch.GetTimestamp();
                }
                while (!await ShowsEdit(session, http, file, edited, pages));

                times.Add((start, received));
                Allocations.Add(((GC.GetTotalAllocatedBytes() - allocated) / (1024.0 * 1024.0), GC.CollectionCount(0) - collections));
                process.Refresh();
                CpuTimes.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);

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

    /// <summary>Waits for the next reload message; returns the pages it names (empty: every page).</summary>
    private static async Task<IReadOnlyList<string>> WaitForReload(StreamReader events)
    {
        while (await events.ReadLineAsync() is { } line)
        {
            if (line == "event: reload")
            {
                var data = await events.ReadLineAsync() ?? "";
                await events.ReadLineAsync();
                using var json = System.Text.Json.JsonDocument.Parse(data["data: ".Length..]);
                return [.. json.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetString() ?? "")];
            }

            if (line == "event: errors")
            {
                throw new InvalidOperationException("the edit produced errors: " + await events.ReadLineAsync());
            }
        }

        throw new InvalidOperationException("the live-reload stream ended");
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

    /// <summary>
    /// The process's CPU time from each write to its reload (all threads): on a machine shared with other
    /// benchmarks the wall time stretches, the CPU time much less, so it estimates the unloaded latency.
    /// </summary>
    private static readonly List<double> CpuTimes = [];

    private static double Elapsed((long Written, long Received) edit) => Stopwatch.GetElapsedTime(edit.Written, edit.Received).TotalMilliseconds;

    /// <summary>
    /// The time around the rebuild, per edit: file write → the watcher's first event (inotify and
    /// FileSystemWatcher), → the rebuild's start (the watcher's quiet period, waiting for a running
    /// build), and the rebuild's end → the reload message read from the event stream (hub, Kestrel, HTTP).
    /// </summary>
    private static void PrintLatency(string what, IReadOnlyList<(long Written, long Received)> edits, IReadOnlyList<RebuildReport> builds)
    {
        var noticed = new List<double>();
        var quiet = new List<double>();
        var delivered = new List<double>();
        foreach (var (written, received) in edits)
        {
            if (builds.FirstOrDefault(b => b.Noticed >= written && b.Noticed <= received) is not { } build)
            {
                continue;
            }

            noticed.Add(Stopwatch.GetElapsedTime(written, build.Noticed).TotalMilliseconds);
            quiet.Add(Stopwatch.GetElapsedTime(build.Noticed, build.Started).TotalMilliseconds);
            delivered.Add(Math.Max(0, Stopwatch.GetElapsedTime(build.Started, received).TotalMilliseconds - build.Elapsed.TotalMilliseconds));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: around the rebuild (medians of {noticed.Count}): write -> watcher event {Measure.Median(noticed):0.0} ms; event -> rebuild start (quiet period) {Measure.Median(quiet):0.0} ms; rebuild end -> reload read {Measure.Median(delivered):0.0} ms"));
    }

    /// <summary>Where an incremental rebuild's time goes, stage by stage, and how many pages it laid out.</summary>
    private static void PrintIncrementalStages(string what, IReadOnlyList<RebuildReport> builds)
    {
        var incremental = builds.Where(b => b.Incremental).ToList();
        Console.WriteLine($"{what}: {incremental.Count} of {builds.Count} rebuilds incremental; per stage (on a loaded machine the minimum is the undisturbed cost):");
        foreach (var stage in incremental.SelectMany(b => b.Stages.Select(s => s.Stage)).Distinct())
        {
            var times = incremental.Select(b => b.Stages.Where(s => s.Stage == stage).Sum(s => s.Milliseconds)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-28} median {Measure.Median(times),8:0.0} ms  min {times.Min(),7:0.0} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"pages changed",-28} {Measure.Median(incremental.Select(b => (double)b.ChangedPages.Count).ToList()),8:0}"));
    }

    private static void Report(string what, IReadOnlyList<double> times, IReadOnlyList<RebuildReport> reports)
    {
        // Rebuilds are not one per edit (a save seen as two batches is built twice), so they are summarised
        // apart; PrintLatency matches each edit with its rebuild for the time around it.
        var builds = reports.Select(r => r.Elapsed.TotalMilliseconds).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-50} write->reload median {Measure.Median(times),7:0.0} ms  min {times.Min(),6:0.0} ms  p90 {Measure.Percentile(times, 90),7:0.0} ms  MAD {Measure.Mad(times),5:0.0} ms  (n={times.Count});  rebuild median {Measure.Median(builds),7:0.0} ms  min {builds.Min(),6:0.0} ms  (n={builds.Count})"));
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
