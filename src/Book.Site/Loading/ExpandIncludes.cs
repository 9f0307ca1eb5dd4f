using System.Text;
using System.Text.RegularExpressions;
using Book.Core.Config;
using Book.Core.Diagnostics;

namespace Book.Site.Loading;

/// <summary>
/// Quarto's <c>{{&lt; include file.md &gt;}}</c>: replaced by the file's text before parsing, as Quarto
/// does (an include may hold half a div). Lines inside code fences are left alone. The include path is
/// relative to the including file and must stay inside the book folder.
/// </summary>
public static partial class ExpandIncludes
{
    private const int MaxDepth = 8;

    public static (string Text, SourceMap Map) Run(string text, string path, string displayPath, string bookRoot, DiagnosticBag diagnostics)
    {
        if (!MayInclude().IsMatch(text))
        {
            // No include shortcode can be in the file (most chapters): the text maps to itself, line for line.
            var identity = new SourceMap();
            identity.Add(1, displayPath, 1);
            return (text, identity);
        }

        var output = new StringBuilder(text.Length);
        var map = new SourceMap();
        var lineCount = 0;
        Append(text, path, displayPath, bookRoot, diagnostics, output, map, ref lineCount, [path]);
        return (output.ToString(), map);
    }

    private static void Append(string text, string path, string displayPath, string bookRoot, DiagnosticBag diagnostics,
        StringBuilder output, SourceMap map, ref int lineCount, List<string> stack)
    {
        map.Add(lineCount + 1, displayPath, 1);
        var lines = text.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            fence = TrackFence(line, fence);
            var match = fence is null ? IncludeLine().Match(line) : Match.Empty;
            if (!match.Success)
            {
                output.Append(line);
                if (i < lines.Length - 1)
                {
                    output.Append('\n');
                    lineCount++;
                }

                continue;
            }

            var target = match.Groups[1].Value.Trim('"', '\'');
            var column = match.Groups[1].Index + 1;
            var included = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, target));
            string? reason = null;
            if (!BookPaths.IsInside(bookRoot, included))
            {
                diagnostics.Error(DiagnosticCodes.PathEscapesBook, displayPath, i + 1, column,
                    $"include '{target}' is outside the book folder; move the file into it");
                reason = "outside";
            }
            else if (!File.Exists(included))
            {
                diagnostics.Error(DiagnosticCodes.MissingInclude, displayPath, i + 1, column,
                    $"included file not found: {target} (relative to this file's folder)");
                reason = "missing";
            }
            else if (stack.Contains(included) || stack.Count > MaxDepth)
            {
                diagnostics.Error(DiagnosticCodes.MissingInclude, displayPath, i + 1, column,
                    $"include '{target}' includes itself (directly or through other files); remove the cycle");
                reason = "cycle";
            }

            if (reason is null)
            {
                var includedDisplay = Path.Combine(Path.GetDirectoryName(displayPath) ?? "", target).Replace('\\', '/');
                var includedText = ReadSourceText.Read(included, includedDisplay, diagnostics);
                stack.Add(included);
                Append(includedText.TrimEnd('\n'), included, includedDisplay, bookRoot, diagnostics, output, map, ref lineCount, stack);
                stack.RemoveAt(stack.Count - 1);
            }

            if (i < lines.Length - 1)
            {
                output.Append('\n');
                lineCount++;
            }

            map.Add(lineCount + 1, displayPath, i + 2);
        }
    }

    /// <summary>The open fence after this line (``` or ~~~ of some length), or null outside fences.</summary>
    private static string? TrackFence(string line, string? open)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
        {
            return open;
        }

        var run = trimmed.Length - trimmed.TrimStart(trimmed[0]).Length;
        if (run < 3)
        {
            return open;
        }

        var marker = new string(trimmed[0], run);
        if (open is null)
        {
            return marker;
        }

        return trimmed[0] == open[0] && run >= open.Length && trimmed[run..].Trim().Length == 0 ? null : open;
    }

    /// <summary>A quick look for any include shortcode: prose says "include" often, the shortcode is rare.</summary>
    [GeneratedRegex(@"\{\{<\s*include\s")]
    private static partial Regex MayInclude();

    [GeneratedRegex(@"^\s*\{\{<\s*include\s+(\S+)\s*>\}\}\s*$")]
    private static partial Regex IncludeLine();
}
