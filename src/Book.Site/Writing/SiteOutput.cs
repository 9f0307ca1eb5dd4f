using System.Collections.Concurrent;
using System.Text;

namespace Book.Site.Writing;

/// <summary>Everything the site consists of, gathered in memory before anything touches the disk.</summary>
public sealed class SiteOutput
{
    /// <summary>Site-relative path → content.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Absolute source path → site-relative target (images and other book files, copied as they are).</summary>
    public ConcurrentDictionary<string, string> Copies { get; } = new(StringComparer.Ordinal);

    public void Add(string path, string text) => Files[path] = Encoding.UTF8.GetBytes(text);

    public void Add(string path, byte[] content) => Files[path] = content;
}
