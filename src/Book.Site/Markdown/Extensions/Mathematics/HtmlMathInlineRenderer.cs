using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Mathematics;

/// <summary><c>&lt;span class="math inline"&gt;\( … \)&lt;/span&gt;</c> (or <c>math display</c> with <c>\[ … \]</c>).</summary>
public sealed class HtmlMathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        renderer.Write(obj.IsDisplay ? "<span class=\"math display\">\\[" : "<span class=\"math inline\">\\(");
        renderer.WriteEscape(obj.Content);
        renderer.Write(obj.IsDisplay ? "\\]</span>" : "\\)</span>");
    }
}
