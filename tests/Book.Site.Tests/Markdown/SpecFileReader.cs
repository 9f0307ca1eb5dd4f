namespace Book.Site.Tests.Markdown;

/// <summary>
/// Reads spec files in the CommonMark/Markdig style: prose, and examples fenced by 32 backticks with the
/// info string <c>example</c>; inside, the Markdown, a line holding only <c>.</c>, the expected HTML, and
/// optionally another <c>.</c> line followed by the expected diagnostics. <c>→</c> stands for a tab.
/// </summary>
public static class SpecFileReader
{
    public const string Fence = "````````````````````````````````";

    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var examples = new List<SpecExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i;
            var sections = new List<List<string>> { new() };
            var sectionStarts = new List<int> { i + 1 };
            for (i++; i < lines.Length && lines[i] != Fence; i++)
            {
                if (lines[i] == ".")
                {
                    sections.Add([]);
                    sectionStarts.Add(i + 1);
                }
                else
                {
                    sections[^1].Add(lines[i].Replace('→', '\t'));
                }
            }

            if (sections.Count is < 2 or > 3)
            {
                throw new InvalidDataException($"{path}({start + 1}): an example needs Markdown, '.', HTML and optionally '.', diagnostics");
            }

            examples.Add(new SpecExample(
                Path.GetFileName(path),
                examples.Count + 1,
                start + 1,
                Join(sections[0]),
                Join(sections[1]),
                sections.Count == 3 ? sections[2] : null)
            {
                HtmlLines = (sectionStarts[1], sections.Count == 3 ? sectionStarts[2] - 2 : i - 1),
                DiagnosticLines = sections.Count == 3 ? (sectionStarts[2], i - 1) : (-1, -1),
            });
        }

        return examples;
    }

    /// <summary>Rewrites the expected HTML and diagnostics of every example with what the code produces now.</summary>
    public static void Bless(string path, Func<SpecExample, (string Html, IReadOnlyList<string> Diagnostics)> render)
    {
        var lines = File.ReadAllLines(path).ToList();
        foreach (var example in Read(path).Reverse())
        {
            var (html, diagnostics) = render(example);
            var replacement = html.Replace('\t', '→').TrimEnd('\n').Split('\n').ToList();
            if (html.Length == 0)
            {
                replacement = [];
            }

            if (diagnostics.Count > 0)
            {
                replacement.Add(".");
                replacement.AddRange(diagnostics);
            }

            var end = example.DiagnosticLines.End >= 0 ? example.DiagnosticLines.End : example.HtmlLines.End;
            lines.RemoveRange(example.HtmlLines.Start, end - example.HtmlLines.Start + 1);
            lines.InsertRange(example.HtmlLines.Start, replacement);
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private static string Join(List<string> lines) => lines.Count == 0 ? string.Empty : string.Join('\n', lines) + "\n";
}
