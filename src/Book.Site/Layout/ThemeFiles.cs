using System.Reflection;

namespace Book.Site.Layout;

/// <summary>
/// The theme's files: the site's theme override folder first (file by file), then the theme embedded in
/// this assembly (<c>Theme/templates/*.liquid</c>, <c>Theme/assets/**</c>, <c>Theme/vendor/**</c> from npm).
/// Paths are theme-relative with '/' separators: <c>templates/layout.liquid</c>.
/// </summary>
public sealed class ThemeFiles
{
    private const string ResourcePrefix = "Theme/";
    private static readonly Assembly ThemeAssembly = typeof(ThemeFiles).Assembly;
    private static readonly IReadOnlyDictionary<string, string> Embedded = ThemeAssembly.GetManifestResourceNames()
        .Select(n => (Resource: n, Path: n.Replace('\\', '/')))
        .Where(n => n.Path.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToDictionary(n => n.Path[ResourcePrefix.Length..], n => n.Resource, StringComparer.Ordinal);

    private readonly string? _overrideDirectory;

    /// <param name="overrideDirectory">The folder named by site.yml's <c>theme:</c> key, or null.</param>
    public ThemeFiles(string? overrideDirectory)
    {
        _overrideDirectory = string.IsNullOrWhiteSpace(overrideDirectory) ? null : Path.GetFullPath(overrideDirectory);
    }

    /// <summary>Where a file comes from, for diagnostics: the override file's path or "theme:templates/x.liquid".</summary>
    public string DisplayPath(string path) =>
        OverridePath(path) is { } file && File.Exists(file) ? file : "theme:" + path;

    public bool Exists(string path) =>
        (OverridePath(path) is { } file && File.Exists(file)) || Embedded.ContainsKey(path);

    public byte[]? ReadBytes(string path)
    {
        if (OverridePath(path) is { } file && File.Exists(file))
        {
            return File.ReadAllBytes(file);
        }
        if (!Embedded.TryGetValue(path, out var resource))
        {
            return null;
        }
        using var stream = ThemeAssembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public string? ReadText(string path) => ReadBytes(path) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') : null;

    /// <summary>Every theme file under <paramref name="folder"/> (embedded and overriding), theme-relative.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var paths = new SortedSet<string>(Embedded.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)), StringComparer.Ordinal);
        if (_overrideDirectory is not null && Directory.Exists(Path.Combine(_overrideDirectory, folder)))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_overrideDirectory, folder), "*", SearchOption.AllDirectories))
            {
                paths.Add(Path.GetRelativePath(_overrideDirectory, file).Replace('\\', '/'));
            }
        }
        return paths.ToList();
    }

    private string? OverridePath(string path) =>
        _overrideDirectory is null ? null : Path.Combine(_overrideDirectory, path.Replace('/', Path.DirectorySeparatorChar));
}
