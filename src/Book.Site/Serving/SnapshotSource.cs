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

    /// <summary>Replaces the served site; returns the site-relative paths whose content changed.</summary>
    public IReadOnlyList<string> Replace(SiteOutput output)
    {
        var files = new Dictionary<string, byte[]>(output.Files, StringComparer.Ordinal);
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

    private sealed record Snapshot(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyDictionary<string, string> Copies);
}
