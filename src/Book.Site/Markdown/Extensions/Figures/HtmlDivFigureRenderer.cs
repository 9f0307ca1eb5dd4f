using Book.Core.Model;
using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Figures;

/// <summary>
/// Div figures, tables and listings as <c>&lt;figure&gt;</c>: tables and listings put the caption first
/// (read before the content, as in print), figures put it last.
/// </summary>
public sealed class HtmlDivFigureRenderer : HtmlObjectRenderer<DivFigureBlock>
{
    protected override void Write(HtmlRenderer renderer, DivFigureBlock obj)
    {
        var caption = obj.Caption;
        var captionFirst = obj.Kind is LabelKind.Table or LabelKind.Listing;
        var kindClass = obj.Kind switch
        {
            LabelKind.Table => "table",
            LabelKind.Listing => "listing",
            _ => "figure",
        };
        renderer.EnsureLine();
        renderer.Write("<figure");
        HtmlAttributeWriter.Write(renderer, obj.TryGetAttributes(), kindClass, IsLayoutKey);
        renderer.WriteLine(">");
        if (captionFirst)
        {
            WriteCaption(renderer, obj, caption);
        }

        foreach (var child in obj)
        {
            if (child != caption)
            {
                renderer.Write(child);
            }
        }

        renderer.EnsureLine();
        if (!captionFirst)
        {
            WriteCaption(renderer, obj, caption);
        }

        renderer.WriteLine("</figure>");
    }

    // fig-env, fig-pos, lst-cap, layout-ncol …: LaTeX placement and captions already used; not HTML.
    private static bool IsLayoutKey(string key) =>
        key.StartsWith("fig-", StringComparison.Ordinal) || key.StartsWith("tbl-", StringComparison.Ordinal)
        || key.StartsWith("lst-", StringComparison.Ordinal);

    private static void WriteCaption(HtmlRenderer renderer, DivFigureBlock obj, Markdig.Syntax.LeafBlock? caption) =>
        CaptionWriter.Write(renderer, obj, () => renderer.WriteLeafInline(caption!), caption is not null);
}
