using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Code blocks highlighted at build time, wrapped for the theme's copy button:
/// <c>&lt;div class="code-block"&gt;&lt;button class="copy-code"…&gt;&lt;pre&gt;&lt;code class="language-x"&gt;</c>.
/// </summary>
public sealed class HtmlHighlightedCodeRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var name = CodeLanguage.Of(obj);
        var language = Languages.Find(name);
        var attributes = obj.TryGetAttributes();
        renderer.EnsureLine();
        renderer.Write("<div");
        if (attributes?.Id is { Length: > 0 } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }

        renderer.Write(" class=\"code-block\"");
        if (name is not null)
        {
            renderer.Write(" data-lang=\"").WriteEscape(name).Write('"');
        }

        renderer.Write("><button class=\"copy-code\" type=\"button\" aria-label=\"Copy code\">Copy</button>");
        renderer.Write("<pre><code");
        if (name is not null)
        {
            renderer.Write(" class=\"language-").WriteEscape(name).Write('"');
        }

        renderer.Write('>');
        renderer.Write(Highlighter.Highlight(Text(obj), language));
        renderer.WriteLine("</code></pre></div>");
    }

    /// <summary>The code as written, lines joined with '\n' and a final newline (as CommonMark renders it).</summary>
    public static string Text(LeafBlock block)
    {
        var lines = block.Lines;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        return text.ToString();
    }
}
