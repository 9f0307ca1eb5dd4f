namespace Book.Site.Serving;

/// <summary>
/// Watches the book's sources (folders and single files) and reports batches of changed paths.
/// Editors save in bursts (write temp, rename, touch), so changes are gathered for a short quiet
/// period before one batch is reported; the period is small because the live-edit goal is 50 ms.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _lock = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _created = new(StringComparer.Ordinal);
    private readonly Action<IReadOnlyCollection<string>, long> _onChanged;
    private readonly TimeSpan _quietPeriod;
    private readonly Timer _timer;

    private long _firstNoticed;

    /// <param name="onChanged">Gets each batch and the <see cref="System.Diagnostics.Stopwatch"/> timestamp of its first event.</param>
    public SourceWatcher(IEnumerable<string> paths, Action<IReadOnlyCollection<string>, long> onChanged, TimeSpan? quietPeriod = null)
    {
        _onChanged = onChanged;
        _quietPeriod = quietPeriod ?? TimeSpan.FromMilliseconds(8);
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            if (Directory.Exists(path))
            {
                Add(new FileSystemWatcher(path) { IncludeSubdirectories = true });
            }
            else if (Path.GetDirectoryName(path) is { } folder && Directory.Exists(folder))
            {
                Add(new FileSystemWatcher(folder, Path.GetFileName(path)));
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Add(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.InternalBufferSize = 64 * 1024;
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Created += (_, e) => Note(e.FullPath, created: true);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath);
            Note(e.FullPath);
        };
        // A lost event (buffer overflow) must not leave the preview stale: rebuild everything.
        watcher.Error += (_, _) => Note(watcher.Path);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Note(string path, bool created = false)
    {
        if (IsNoise(path))
        {
            return;
        }

        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                _firstNoticed = System.Diagnostics.Stopwatch.GetTimestamp();
            }

            _pending.Add(path);
            if (created)
            {
                _created.Add(path);
            }
            _timer.Change(_quietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] batch;
        long firstNoticed;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            // A file created and gone again within the burst was a tool's temporary file (sed -i writes
            // sedXXXXXX and renames it over the chapter; other tools do the same): the book never had it,
            // and counting it would turn a one-chapter rebuild into a full one.
            batch = [.. _pending.Where(p => !(_created.Contains(p) && !File.Exists(p) && !Directory.Exists(p)))];
            firstNoticed = _firstNoticed;
            _pending.Clear();
            _created.Clear();
        }

        if (batch.Length > 0)
        {
            _onChanged(batch, firstNoticed);
        }
    }

    /// <summary>Editor swap and backup files never change the book.</summary>
    private static bool IsNoise(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) ||
               name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
               name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913";
    }
}
