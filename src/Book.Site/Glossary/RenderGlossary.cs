using System.Text;
using Markdig;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Glossary;

/// <summary>
/// Stage: the body of the glossary page: a definition list in alphabetical order, each term
/// with its anchor id (the target of the chapter links) and its definition rendered as Markdown
/// through the book's pipeline.
/// </summary>
public static class RenderGlossary
{
    public static string Page(IReadOnlyList<GlossaryTerm> terms, MarkdownPipeline pipeline)
    {
        var html = new StringBuilder("<dl class=\"glossary\">\n");
        foreach (var term in terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase))
        {
            html.Append("<dt id=\"").Append(Escape(term.Id)).Append("\">").Append(Escape(term.Term)).Append("</dt>\n");
            html.Append("<dd>").Append(MarkdigMarkdown.ToHtml(term.Definition, pipeline).Trim()).Append("</dd>\n");
        }

        return html.Append("</dl>\n").ToString();
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
