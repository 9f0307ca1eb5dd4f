namespace Book.Site.Loading;

/// <summary>
/// Maps lines of a chapter's text after include expansion back to the file and line they came from,
/// so a diagnostic inside an included file names that file.
/// </summary>
public sealed class SourceMap
{
    private readonly List<(int FirstLine, string File, int FileLine)> _segments = [];

    /// <summary>Records that expanded lines from <paramref name="firstLine"/> (1-based) on come from
    /// <paramref name="file"/> starting at its line <paramref name="fileLine"/>.</summary>
    public void Add(int firstLine, string file, int fileLine) => _segments.Add((firstLine, file, fileLine));

    /// <summary>Every file the chapter's text came from, as named in diagnostics (the chapter and its includes).</summary>
    public IEnumerable<string> Files => _segments.Select(s => s.File).Distinct(StringComparer.Ordinal);

    /// <summary>The original file and 1-based line of an expanded 1-based line.</summary>
    public (string File, int Line) Locate(int line)
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var (first, file, fileLine) = _segments[i];
            if (line >= first)
            {
                return (file, fileLine + line - first);
            }
        }

        return (_segments.Count > 0 ? _segments[0].File : "", line);
    }
}
