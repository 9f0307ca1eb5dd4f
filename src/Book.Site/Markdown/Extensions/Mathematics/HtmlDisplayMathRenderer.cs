using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Mathematics;

/// <summary>
/// <c>&lt;div class="math display" id="eq-x"&gt;\[ … \] &lt;span class="eq-number"&gt;(3.1)&lt;/span&gt;&lt;/div&gt;</c>;
/// KaTeX renders the TeX in the browser (self-hosted by the theme).
/// </summary>
public sealed class HtmlDisplayMathRenderer : HtmlObjectRenderer<DisplayMathBlock>
{
    protected override void Write(HtmlRenderer renderer, DisplayMathBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<div");
        var attributes = obj.TryGetAttributes();
        if (attributes?.Id is { Length: > 0 } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }

        renderer.Write(" class=\"math display\">\\[");
        var lines = obj.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            renderer.Write(i == 0 ? string.Empty : "\n");
            renderer.WriteEscape(lines.Lines[i].Slice.ToString());
        }

        renderer.Write("\\]");
        if (LabelData.Get(obj) is { Number.Length: > 0 } label)
        {
            renderer.Write(" <span class=\"eq-number\">(").WriteEscape(label.Number).Write(")</span>");
        }

        renderer.WriteLine("</div>");
    }
}
