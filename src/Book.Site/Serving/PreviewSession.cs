using System.Diagnostics;
using Book.Core.Diagnostics;
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
    private int _pendingRebuild;

    public PreviewSession(BuildOptions options, Action<string> log)
    {
        _options = options with { DryRun = true, LiveReload = true, WarningsAsErrors = false };
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
        _watcher = new SourceWatcher(WatchedPaths(), changed => _ = Task.Run(() => OnChanged(changed)));
        return first;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await Server.DisposeAsync();
        _buildLock.Dispose();
    }

    /// <summary>Rebuilds now and publishes the result to open pages.</summary>
    public RebuildReport Rebuild(IReadOnlyCollection<string> changedSources)
    {
        _buildLock.Wait();
        try
        {
            var clock = Stopwatch.StartNew();
            BuildResult result;
            try
            {
                result = BuildSite.Run(_options);
            }
            catch (Exception e)
            {
                // A bug of ours must not stop the preview: report it like a build error and keep serving.
                var bag = new DiagnosticBag();
                bag.Error("BK999", _options.ConfigPath, 0, 0, $"internal error while building: {e.Message}; please report it");
                result = new BuildResult(null, new Writing.SiteOutput(), [], bag, "", Written: false);
            }

            var stamp = Interlocked.Increment(ref _stamp);
            var messages = result.Diagnostics.Items.Select(d => d.ToString()).ToList();
            RebuildReport report;
            if (result.Diagnostics.HasErrors)
            {
                Server.Hub.Publish(new LiveReloadEvent(LiveReloadEventKind.Errors, [], messages, stamp));
                report = new RebuildReport(stamp, changedSources, [], messages, Succeeded: false, clock.Elapsed);
            }
            else
            {
                var changedPages = _snapshot.Replace(result.Output);
                Server.Hub.Publish(new LiveReloadEvent(LiveReloadEventKind.Reload, changedPages, messages, stamp));
                report = new RebuildReport(stamp, changedSources, changedPages, messages, Succeeded: true, clock.Elapsed);
            }

            Rebuilt?.Invoke(report);
            return report;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private void OnChanged(IReadOnlyCollection<string> changed)
    {
        // Edits that arrive while a build runs are folded into one more build after it.
        if (Interlocked.Exchange(ref _pendingRebuild, 1) == 1)
        {
            return;
        }

        _buildLock.Wait();
        _buildLock.Release();
        Interlocked.Exchange(ref _pendingRebuild, 0);
        var report = Rebuild(changed);
        var names = string.Join(", ", changed.Select(Path.GetFileName).Take(3));
        _log(report.Succeeded
            ? $"rebuilt after editing {names} in {report.Elapsed.TotalMilliseconds:0} ms; {report.ChangedPages.Count} page(s) changed"
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
