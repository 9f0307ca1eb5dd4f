using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Book.Core.Exercises;

namespace Book.Site.Tests.Exercises;

/// <summary>
/// The distinctive lines of what must never be published (<c>tests/hidden/*.cs</c>, <c>reference/*.cs</c>)
/// and a search for them in a built site: every file, zip entries opened, HTML also searched with its
/// tags stripped (highlighted code splits a line into spans).
/// </summary>
public static partial class SecretLines
{
    /// <summary>Every trimmed line longer than 30 characters of the secret files of every exercise under
    /// <paramref name="exercisesFolder"/> that appears in no published file of any exercise.</summary>
    public static IReadOnlyList<(string File, string Line)> Collect(string exercisesFolder)
    {
        var exercises = Directory.GetDirectories(exercisesFolder).Order(StringComparer.Ordinal).ToList();
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in exercises)
        {
            var files = new[] { ExerciseLayout.Starter, ExerciseLayout.Baseline, ExerciseLayout.PublicTests }
                .SelectMany(f => ExerciseLayout.Sources(dir, f)).ToList();
            if (File.Exists(Path.Combine(dir, ExerciseLayout.Statement)))
            {
                files.Add(Path.Combine(dir, ExerciseLayout.Statement));
            }

            foreach (var line in files.SelectMany(File.ReadLines))
            {
                published.Add(line.Trim());
            }
        }

        var secrets = new List<(string, string)>();
        foreach (var dir in exercises)
        {
            foreach (var file in ExerciseLayout.Sources(dir, ExerciseLayout.HiddenTests).Concat(ExerciseLayout.Sources(dir, ExerciseLayout.Reference)))
            {
                foreach (var line in File.ReadLines(file).Select(l => l.Trim()).Distinct(StringComparer.Ordinal))
                {
                    if (line.Length > 30 && !published.Contains(line))
                    {
                        secrets.Add((Path.GetRelativePath(exercisesFolder, file).Replace('\\', '/'), line));
                    }
                }
            }
        }

        return secrets;
    }

    /// <summary>The texts to search in a site: each file (zip entries one by one) and HTML also as plain text.</summary>
    public static IEnumerable<(string Where, string Text)> Texts(string siteFolder)
    {
        foreach (var file in Directory.GetFiles(siteFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(siteFolder, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            foreach (var text in Texts(relative, bytes))
            {
                yield return text;
            }
        }
    }

    public static IEnumerable<(string Where, string Text)> Texts(string name, byte[] bytes)
    {
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var entries = zip.Entries.Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (e.FullName, copy.ToArray());
            }).ToList();
            foreach (var (entry, content) in entries)
            {
                foreach (var text in Texts($"{name}!{entry}", content))
                {
                    yield return text;
                }
            }

            yield break;
        }

        var raw = Encoding.UTF8.GetString(bytes);
        yield return (name, raw);
        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".js", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // Tags stripped and entities decoded; then whitespace runs folded as in the lines we look for.
            var plain = WebUtility.HtmlDecode(Tag().Replace(raw, ""));
            yield return (name + " (as text)", plain);
            yield return (name + " (JSON-unescaped)", raw.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\u003C", "<", StringComparison.OrdinalIgnoreCase).Replace("\\u003E", ">", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Where each secret line appears in the texts.</summary>
    public static IReadOnlyList<string> Leaks(IReadOnlyList<(string File, string Line)> secrets, IEnumerable<(string Where, string Text)> texts)
    {
        var leaks = new List<string>();
        foreach (var (where, text) in texts)
        {
            foreach (var (file, line) in secrets)
            {
                if (text.Contains(line, StringComparison.Ordinal))
                {
                    leaks.Add($"{where}: line of {file}: {line}");
                }
            }
        }

        return leaks;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
