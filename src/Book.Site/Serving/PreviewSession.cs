using System.Diagnostics;
using Book.Core.Diagnostics;
using Book.Site.Incremental;
using Book.Site.Pipeline;

namespace Book.Site.Serving;

/// <summary>
/// <c>book serve</c>'s loop: build into memory, serve, watch the sources, rebuild on every edit and
/// tell open pages. A build with errors changes nothing that is served: pages keep the last good
/// build and show the errors as an overlay until an edit fixes them.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly SnapshotSource _snapshot = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly Action<string> _log;
    private SourceWatcher? _watcher;
    private long _stamp;
    private readonly Lock _pendingLock = new();
    private readonly HashSet<string> _pendingPaths = new(StringComparer.Ordinal);
    private long _pendingNoticed;
    private bool _waiting;
    private IncrementalSite? _site;
    private readonly HashSet<string> _unpublished = new(StringComparer.Ordinal);
    private bool _unpublishedFull;

    public PreviewSession(BuildOptions options, Action<string> log)
    {
        _options = options with { DryRun = true, LiveReload = true, WarningsAsErrors = false, DeferSearchIndex = true };
        _log = log;
        Server = new SiteServer(_snapshot, liveReload: true);
    }

    public SiteServer Server { get; }

    /// <summary>Raised after each rebuild with what it did (for the CLI, tests and the live-edit benchmark).</summary>
    public event Action<RebuildReport>? Rebuilt;

    /// <summary>Builds once, starts serving and watching. Returns the first build's report.</summary>
    public async Task<RebuildReport> StartAsync(int port, CancellationToken cancellationToken = default)
    {
        var first = Rebuild([]);
        await Server.StartAsync(port, cancellationToken);
        // The watcher's timer thread runs the rebuild itself: one thread hop less between a save and the reload.
        _watcher = new SourceWatcher(WatchedPaths(), OnChanged);
        return first;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await Server.DisposeAsync();
        _buildLock.Dispose();
    }

    /// <summary>
    /// Rebuilds now and publishes the result to open pages: only what the edited chapters affect when
    /// every changed source is a chapter (<see cref="IncrementalSite.Update"/>), else the whole site.
    /// An empty <paramref name="changedSources"/> asks for a full build.
    /// </summary>
    public RebuildReport Rebuild(IReadOnlyCollection<string> changedSources) => Rebuild(changedSources, noticed: 0);

    private RebuildReport Rebuild(IReadOnlyCollection<string> changedSources, long noticed)
    {
        _buildLock.Wait();
        try
        {
            var started = Stopwatch.GetTimestamp();
            var clock = Stopwatch.StartNew();
            SiteUpdate update;
            try
            {
                update = BuildWhileEditorsWrite(changedSources);
            }
            catch (Exception e)
            {
                // A bug of ours must not stop the preview: report it like a build error, keep serving,
                // and build everything again on the next edit (the kept site may be half updated).
                _site = null;
                var bag = new DiagnosticBag();
                bag.Error("BK999", _options.ConfigPath, 0, 0, $"internal error while building: {e.Message}; please report it");
                update = new SiteUpdate([], bag, Incremental: false, []);
            }

            var stamp = Interlocked.Increment(ref _stamp);
            var messages = update.Diagnostics.Items.Select(d => d.ToString()).ToList();
            RebuildReport report;
            if (update.Diagnostics.HasErrors || _site is null)
            {
                // Pages keep the last good build; what this one rendered is published once an edit fixes it.
                _unpublished.UnionWith(update.RenderedPaths);
                _unpublishedFull |= !update.Incremental;
                PublishErrors(new LiveReloadEvent(LiveReloadEventKind.Errors, [], messages, stamp), settle: noticed != 0);
                report = new RebuildReport(stamp, changedSources, [], messages, Succeeded: false, clock.Elapsed);
            }
            else
            {
                var changedPages = Publish(_site, update);
                Server.Hub.Publish(new LiveReloadEvent(LiveReloadEventKind.Reload, changedPages, messages, stamp));
                report = new RebuildReport(stamp, changedSources, changedPages, messages, Succeeded: true, clock.Elapsed);
            }

            report = report with { Incremental = update.Incremental, Stages = update.Stages, Noticed = noticed, Started = started };
            IdleCollection.End();
            if (report.Succeeded)
            {
                IndexInBackground(_site!, stamp);
            }

            Rebuilt?.Invoke(report);
            return report;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <summary>
    /// Shows a failed build's errors. After a save the errors wait a moment first: a build can read a file
    /// its editor is still writing (a half-written chapter lacks its title, its labels), and the rest of
    /// the write then starts a newer build, which makes these errors obsolete. A good build is shown at once.
    /// </summary>
    private void PublishErrors(LiveReloadEvent errors, bool settle)
    {
        if (!settle)
        {
            Server.Hub.Publish(errors);
            return;
        }

        _ = Task.Delay(ErrorSettleTime).ContinueWith(_ =>
        {
            try
            {
                // Under the build lock: no newer build can publish between the check and this publication.
                _buildLock.Wait();
            }
            catch (ObjectDisposedException)
            {
                return; // the session ended meanwhile
            }

            try
            {
                lock (_pendingLock)
                {
                    if (Interlocked.Read(ref _stamp) != errors.Stamp || _pendingPaths.Count > 0 || _waiting)
                    {
                        return;
                    }
                }

                Server.Hub.Publish(errors);
            }
            finally
            {
                _buildLock.Release();
            }
        }, TaskScheduler.Default);
    }

    private static readonly TimeSpan ErrorSettleTime = TimeSpan.FromMilliseconds(150);

    /// <summary>Swaps what changed since the last published build into the served site.</summary>
    private IReadOnlyList<string> Publish(IncrementalSite site, SiteUpdate update)
    {
        IReadOnlyList<string> changed;
        if (!update.Incremental || _unpublishedFull)
        {
            changed = _snapshot.Replace(site.Output, Search.WriteSearchIndex.Folder + "/");
        }
        else
        {
            _unpublished.UnionWith(update.RenderedPaths);
            changed = _snapshot.Update(
                _unpublished.Select(p => new KeyValuePair<string, byte[]>(p, site.Output.Files[p])),
                site.Output.Copies);
        }

        _unpublished.Clear();
        _unpublishedFull = false;
        return changed;
    }

    /// <summary>
    /// Builds the search index of a successful build after its pages are served. A newer build makes
    /// an older index obsolete: it is dropped rather than merged over the newer one.
    /// </summary>
    private void IndexInBackground(IncrementalSite site, long stamp)
    {
        var documents = site.SearchDocumentsOfNow();
        var options = Search.SearchOptions.From(site.Book.Config.Search);
        var pending = Task.Run(() =>
        {
            var extra = new Writing.SiteOutput();
            Search.WriteSearchIndex.AddTo(extra, documents(), options, new DiagnosticBag());
            if (Interlocked.Read(ref _stamp) == stamp)
            {
                _snapshot.Merge(extra);
            }

            CollectWhileIdle(stamp);
        });
        Indexing = pending;
    }

    /// <summary>
    /// After a build and its indexing, when no newer edit is being built: collect now, so that the next
    /// rebuild runs without collections (<see cref="IdleCollection"/>).
    /// </summary>
    private void CollectWhileIdle(long stamp)
    {
        try
        {
            if (!_buildLock.Wait(0))
            {
                return; // a rebuild runs: it is not the time to collect
            }
        }
        catch (ObjectDisposedException)
        {
            return; // the session ended meanwhile
        }

        try
        {
            lock (_pendingLock)
            {
                if (Interlocked.Read(ref _stamp) != stamp || _pendingPaths.Count > 0 || _waiting)
                {
                    return;
                }
            }

            IdleCollection.Begin();
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <summary>The background search indexing of the last build (tests wait for it).</summary>
    public Task Indexing { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// An editor may still be writing the file the watcher reported (truncate, then write): a read that
    /// hits the file mid-write fails with an I/O error. Such a build is retried after a moment instead
    /// of flashing an error at the reader; the watcher reports the finished write anyway. An incremental
    /// update reads its files before changing anything, so a failed read leaves the kept site whole.
    /// </summary>
    private SiteUpdate BuildWhileEditorsWrite(IReadOnlyCollection<string> changedSources)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (_site is not null && changedSources.Count > 0 && _site.Update(changedSources) is { } update)
                {
                    return update;
                }

                _site = IncrementalSite.Build(_options, out var full);
                return full;
            }
            catch (Exception e) when (attempt < 4 && IsIoRace(e))
            {
                Thread.Sleep(15 * attempt);
            }
        }
    }

    private static bool IsIoRace(Exception e) => e switch
    {
        IOException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsIoRace),
        _ => false,
    };

    private void OnChanged(IReadOnlyCollection<string> changed, long firstNoticed)
    {
        // Edits that arrive while a build runs are gathered into one more build after it: every path
        // counts, since an incremental build reads only the chapters it is told about.
        lock (_pendingLock)
        {
            _pendingPaths.UnionWith(changed);
            _pendingNoticed = _pendingNoticed == 0 ? firstNoticed : _pendingNoticed;
            if (_waiting)
            {
                return;
            }

            _waiting = true;
        }

        _buildLock.Wait();
        _buildLock.Release();
        string[] batch;
        long noticed;
        lock (_pendingLock)
        {
            (batch, noticed) = ([.. _pendingPaths], _pendingNoticed);
            _pendingPaths.Clear();
            (_pendingNoticed, _waiting) = (0, false);
        }

        changed = batch;
        var report = Rebuild(batch, noticed);
        var names = string.Join(", ", changed.Select(Path.GetFileName).Take(3));
        _log(report.Succeeded
            ? $"rebuilt {(report.Incremental ? "what" : "the whole site after")} editing {names} {(report.Incremental ? "affects " : "")}in {report.Elapsed.TotalMilliseconds:0} ms; {report.ChangedPages.Count} page(s) changed"
            : $"the edit to {names} has errors (the preview keeps the last good build):\n  " + string.Join("\n  ", report.Messages));
    }

    private IEnumerable<string> WatchedPaths()
    {
        var config = Path.GetFullPath(_options.ConfigPath);
        var root = Path.GetDirectoryName(config)!;
        yield return config;
        foreach (var folder in new[] { "book", "exercises" })
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path))
            {
                yield return path;
            }
        }

        var settings = Book.Core.Config.ReadSiteConfig.Read(config, new DiagnosticBag());
        if (settings is not null)
        {
            yield return settings.BookRoot;
            if (settings.ThemeFolder is { } theme && Directory.Exists(theme))
            {
                yield return theme;
            }
        }
    }
}
