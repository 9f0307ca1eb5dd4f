using Book.Core.Model;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Book.Site.Markdown.Syntax;

/// <summary>
/// Writes <c>&lt;figcaption&gt;</c> with the number the numbering stage attached to the labelled block:
/// "<span class="caption-label">Figure 3.2:</span> caption". Unlabelled or unnumbered: the caption alone.
/// </summary>
public static class CaptionWriter
{
    public static void Write(HtmlRenderer renderer, MarkdownObject labelled, Action writeCaption, bool hasCaption = true)
    {
        var label = LabelData.Get(labelled);
        var numbered = label is { Number.Length: > 0 };
        if (!numbered && !hasCaption)
        {
            return;
        }

        renderer.Write("<figcaption>");
        if (numbered)
        {
            renderer.Write("<span class=\"caption-label\">")
                .WriteEscape(Label.KindName(label!.Kind))
                .Write(' ')
                .WriteEscape(label.Number)
                .Write(hasCaption ? ":</span> " : "</span>");
        }

        if (hasCaption)
        {
            writeCaption();
        }

        renderer.WriteLine("</figcaption>");
    }
}
