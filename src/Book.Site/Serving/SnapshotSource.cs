using Book.Site.Writing;

namespace Book.Site.Serving;

/// <summary>
/// A build kept in memory by <c>book serve</c>: pages come from the build's output, copied files
/// (images) from their source. Swapping the snapshot is one reference assignment, so a rebuild is
/// visible the moment it finishes, with nothing written to disk.
/// </summary>
public sealed class SnapshotSource : ISiteSource
{
    private volatile Snapshot _current = new(new Dictionary<string, byte[]>(), new Dictionary<string, string>());

    public byte[]? Read(string path)
    {
        var snapshot = _current;
        if (snapshot.Files.TryGetValue(path, out var bytes))
        {
            return bytes;
        }

        if (snapshot.Copies.TryGetValue(path, out var source))
        {
            try
            {
                return File.ReadAllBytes(source);
            }
            catch (IOException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Replaces the served site; returns the site-relative paths whose content changed. Files under
    /// <paramref name="keepPrefix"/> that the new output lacks are kept from the previous site (the search
    /// index, rebuilt in the background, stays usable meanwhile).
    /// </summary>
    public IReadOnlyList<string> Replace(SiteOutput output, string? keepPrefix = null)
    {
        // Under the lock: a background Merge must not put back the site this replaces.
        lock (_mergeLock)
        {
            var files = new Dictionary<string, byte[]>(output.Files, StringComparer.Ordinal);
            if (keepPrefix is not null)
            {
                foreach (var (path, bytes) in _current.Files)
                {
                    if (path.StartsWith(keepPrefix, StringComparison.Ordinal))
                    {
                        files.TryAdd(path, bytes);
                    }
                }
            }

            var copies = output.Copies.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);
            var previous = _current;
            _current = new Snapshot(files, copies);
            var changed = new List<string>();
            foreach (var (path, bytes) in files)
            {
                if (!previous.Files.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
                {
                    changed.Add(path);
                }
            }

            changed.AddRange(previous.Files.Keys.Where(p => !files.ContainsKey(p)));
            changed.AddRange(copies.Keys.Where(p => !previous.Copies.ContainsKey(p)));
            changed.Sort(StringComparer.Ordinal);
            return changed;
        }
    }

    /// <summary>
    /// Swaps the given files into the served site, keeping all others (an incremental rebuild's pages)
    /// and the copied files of <paramref name="copies"/>; returns the paths whose content changed.
    /// </summary>
    public IReadOnlyList<string> Update(IEnumerable<KeyValuePair<string, byte[]>> files, IReadOnlyDictionary<string, string> copies)
    {
        lock (_mergeLock)
        {
            var previous = _current;
            var next = new Dictionary<string, byte[]>(previous.Files, StringComparer.Ordinal);
            var changed = new List<string>();
            foreach (var (path, bytes) in files)
            {
                if (!previous.Files.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
                {
                    next[path] = bytes;
                    changed.Add(path);
                }
            }

            var nextCopies = copies.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);
            changed.AddRange(nextCopies.Keys.Where(p => !previous.Copies.ContainsKey(p)));
            _current = new Snapshot(next, nextCopies);
            changed.Sort(StringComparer.Ordinal);
            return changed;
        }
    }

    /// <summary>Adds or replaces files of the served site (what a background stage finished later).</summary>
    public void Merge(SiteOutput extra)
    {
        lock (_mergeLock)
        {
            var current = _current;
            var files = new Dictionary<string, byte[]>(current.Files, StringComparer.Ordinal);
            foreach (var (path, bytes) in extra.Files)
            {
                files[path] = bytes;
            }

            _current = new Snapshot(files, current.Copies);
        }
    }

    private readonly Lock _mergeLock = new();

    private sealed record Snapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyDictionary<string, string> Copies);
}
