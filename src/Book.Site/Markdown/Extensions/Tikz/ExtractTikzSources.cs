using Book.Site.Markdown.Extensions.CodeHighlighting;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Tikz;

/// <summary>
/// Stage: gives every TikZ block of a chapter a file of its own, <c>tikz/&lt;page&gt;-&lt;figure id or n&gt;.tex.txt</c>,
/// and returns those files. The page links the file instead of embedding the source: the sources of a
/// diagram-heavy chapter weighed a fifth of its page, for a disclosure few readers open. The name
/// follows the figure's label (stable while the chapter is edited), else the block's place among the
/// chapter's TikZ blocks; <c>.txt</c> so that any static host and <c>file://</c> show it as text.
/// </summary>
public static class ExtractTikzSources
{
    public const string Folder = "tikz/";

    /// <param name="document">The parsed chapter.</param>
    /// <param name="pageStem">The chapter's page name without <c>.html</c>: <c>quantization</c>.</param>
    /// <returns>Site-relative path → source text, in document order.</returns>
    public static IReadOnlyDictionary<string, string> Run(MarkdownDocument document, string pageStem)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var block in document.Descendants<TikzBlock>())
        {
            n++;
            var name = NameOf(block) is { } id ? $"{pageStem}-{id}" : $"{pageStem}-{n}";
            var path = Folder + name + ".tex.txt";
            if (files.ContainsKey(path))
            {
                // A repeated label (reported by numbering) must not make two diagrams share a file.
                path = $"{Folder}{name}-{n}.tex.txt";
            }

            files[path] = HtmlHighlightedCodeRenderer.Text(block);
            block.SourceUrl = path;
        }

        return files;
    }

    /// <summary>The block's own id, else the id of the figure holding it; null when neither has one.</summary>
    private static string? NameOf(TikzBlock block)
    {
        var id = block.TryGetAttributes()?.Id;
        if (string.IsNullOrEmpty(id) && block.Parent is { } parent)
        {
            id = parent.TryGetAttributes()?.Id;
        }

        return string.IsNullOrEmpty(id) || !id.All(IsSafe) ? null : id;
    }

    /// <summary>Characters that need no escaping in a URL or a file name on any system.</summary>
    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
