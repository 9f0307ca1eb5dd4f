using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Book.Site.Layout;

/// <summary>
/// Publishes the theme's CSS, JS and fonts (its own <c>assets/</c> and the npm libraries under
/// <c>vendor/</c>) under <c>assets/</c> with a content hash in each name, so pages can be cached forever
/// and a new build never serves a stale file. CSS <c>url(...)</c>s to other assets (KaTeX's fonts) are
/// rewritten to the hashed names; font formats we do not ship (woff, ttf: woff2 covers every current
/// browser) are dropped from <c>@font-face</c> lists.
/// </summary>
public sealed partial class ThemeAssets(ThemeFiles files)
{
    private const int HashLength = 10;
    private readonly Lazy<IReadOnlyList<ThemeAsset>> _assets = new(() => BuildAll(files));

    /// <summary>The published assets (built once, then cached: a rebuild of <c>book serve</c> reuses them).</summary>
    public IReadOnlyList<ThemeAsset> Assets => _assets.Value;

    /// <summary>Logical name → hashed site-relative URL, for <see cref="SiteView.Assets"/>.</summary>
    public IReadOnlyDictionary<string, string> Map => Assets.ToDictionary(a => a.LogicalName, a => a.Url, StringComparer.Ordinal);

    /// <summary>Writes every asset below <paramref name="outputDirectory"/> and returns <see cref="Map"/>.</summary>
    public IReadOnlyDictionary<string, string> Write(string outputDirectory)
    {
        foreach (var asset in Assets)
        {
            var path = Path.Combine(outputDirectory, asset.Url.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, asset.Content);
        }
        return Map;
    }

    private static IReadOnlyList<ThemeAsset> BuildAll(ThemeFiles files)
    {
        var sources = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var folder in new[] { "vendor", "assets" })
        {
            foreach (var path in files.List(folder))
            {
                // The theme's own assets win over a vendor file of the same name.
                sources[path[(folder.Length + 1)..]] = files.ReadBytes(path)!;
            }
        }

        var result = new List<ThemeAsset>();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        // CSS last: its url(...) references need the hashed names of the files it points at.
        foreach (var (name, content) in sources.OrderBy(s => s.Key.EndsWith(".css", StringComparison.Ordinal)))
        {
            var bytes = name.EndsWith(".css", StringComparison.Ordinal) ? RewriteCss(name, content, urls) : content;
            var url = "assets/" + HashedName(name, bytes);
            urls[name] = url;
            result.Add(new ThemeAsset(name, url, bytes));
        }
        return result;
    }

    private static string HashedName(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];
        var dot = name.LastIndexOf('.');
        var slash = name.LastIndexOf('/');
        // "katex.min.css" → "katex.min.<hash>.css": the hash goes before the last extension.
        return dot > slash ? $"{name[..dot]}.{hash}{name[dot..]}" : $"{name}.{hash}";
    }

    private static byte[] RewriteCss(string name, byte[] content, Dictionary<string, string> urls)
    {
        var folder = name.Contains('/') ? name[..(name.LastIndexOf('/') + 1)] : "";
        var css = Encoding.UTF8.GetString(content);
        var cssUrlFolder = "assets/" + folder;
        css = FontSource().Replace(css, m =>
        {
            var target = folder + m.Groups["url"].Value.Trim('\'', '"');
            if (urls.TryGetValue(target, out var hashed))
            {
                return m.Value.Replace(m.Groups["url"].Value, Relative(cssUrlFolder, hashed));
            }
            return m.Groups["lead"].Value.Length > 0 ? "" : m.Value;
        });
        css = PlainUrl().Replace(css, m =>
        {
            var target = folder + m.Groups["url"].Value.Trim('\'', '"');
            return urls.TryGetValue(target, out var hashed) ? $"url({Relative(cssUrlFolder, hashed)})" : m.Value;
        });
        return Encoding.UTF8.GetBytes(css);
    }

    private static string Relative(string fromFolder, string to) =>
        to.StartsWith(fromFolder, StringComparison.Ordinal) ? to[fromFolder.Length..] : "../" + to["assets/".Length..];

    // One entry of an @font-face src list: [,] url(x) format("y").
    [GeneratedRegex(@"(?<lead>,\s*)?url\((?<url>[^)]+)\)\s*format\(""[^""]+""\)")]
    private static partial Regex FontSource();

    [GeneratedRegex(@"url\((?<url>(?!data:)[^)]+)\)(?!\s*format)")]
    private static partial Regex PlainUrl();
}
