using Markdig.Helpers;

namespace Book.Site.Markdown.Extensions.RawContent;

/// <summary>Peeks at a fence opening line (<c>```{=html}</c>, <c>~~~ {.tikz}</c>) without consuming it.</summary>
public static class FenceLine
{
    /// <summary>The text after the fence characters, trimmed; null when the line does not open a fence.</summary>
    public static string? InfoOf(StringSlice line)
    {
        var text = line.Text;
        var i = line.Start;
        var fence = line.CurrentChar;
        if (fence is not ('`' or '~'))
        {
            return null;
        }

        var count = 0;
        while (i <= line.End && text[i] == fence)
        {
            i++;
            count++;
        }

        return count < 3 ? null : text.Substring(i, line.End - i + 1).Trim();
    }
}
