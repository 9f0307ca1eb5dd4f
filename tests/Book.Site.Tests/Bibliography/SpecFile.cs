namespace Book.Site.Tests.Bibliography;

/// <summary>
/// Reads Markdig-style spec files: prose, then examples fenced by 32 backticks and the word
/// <c>example</c>, holding the Markdown input, a line with a single '.', and the expected HTML.
/// A '→' in an example stands for a tab, as in the CommonMark spec.
/// </summary>
internal static class SpecFile
{
    private const string Fence = "````````````````````````````````";

    public static IReadOnlyList<(int Number, int Line, string Markdown, string Html)> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var examples = new List<(int, int, string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, dot);
            var markdown = string.Join('\n', lines[start..dot]).Replace('→', '\t') + "\n";
            var html = string.Join('\n', lines[(dot + 1)..end]).Replace('→', '\t') + "\n";
            examples.Add((examples.Count + 1, start, markdown, html));
            i = end;
        }

        return examples;
    }
}
