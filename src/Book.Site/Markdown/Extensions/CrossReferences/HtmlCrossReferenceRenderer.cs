using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.CrossReferences;

/// <summary>
/// Renders <c>&lt;a href="page.html#id" class="xref"&gt;Figure 3.2&lt;/a&gt;</c>; an unresolved id
/// renders as Quarto does (<c>?@id</c>), the build having already reported it.
/// </summary>
public sealed class HtmlCrossReferenceRenderer : HtmlObjectRenderer<CrossReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, CrossReferenceInline inline)
    {
        for (var i = 0; i < inline.Ids.Count; i++)
        {
            if (i > 0)
            {
                renderer.Write(i == inline.Ids.Count - 1 ? " and " : ", ");
            }

            var target = i < inline.Targets.Count ? inline.Targets[i] : null;
            if (target is null)
            {
                renderer.Write("<span class=\"xref xref-unresolved\">?@").WriteEscape(inline.Ids[i]).Write("</span>");
                continue;
            }

            var external = target is Book.Core.Config.ExternalLabel ? " xref-external" : "";
            renderer.Write("<a href=\"").WriteEscapeUrl(CrossReferenceInline.Href(target))
                .Write("\" class=\"xref").Write(external).Write("\">")
                .WriteEscape(CrossReferenceInline.Text(target)).Write("</a>");
        }
    }
}
