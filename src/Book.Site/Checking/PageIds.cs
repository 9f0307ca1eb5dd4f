using System.Text.RegularExpressions;
using Book.Site.Writing;

namespace Book.Site.Checking;

/// <summary>
/// The element ids of every generated page, read from the HTML the build produced, so an anchor is
/// checked against what the reader's browser will actually find (ids made by the theme and by
/// extensions included).
/// </summary>
public static partial class PageIds
{
    [GeneratedRegex("""\sid\s*=\s*("(?<v>[^"]*)"|'(?<v>[^']*)')""")]
    private static partial Regex IdAttribute();

    public static Dictionary<string, HashSet<string>> Read(SiteOutput output)
    {
        var pages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (path, bytes) in output.Files)
        {
            if (!path.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }

            var html = System.Text.Encoding.UTF8.GetString(bytes);
            pages[path] = IdAttribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["v"].Value)).ToHashSet(StringComparer.Ordinal);
        }

        return pages;
    }
}
