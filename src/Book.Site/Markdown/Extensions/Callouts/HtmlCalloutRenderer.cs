using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Callouts;

/// <summary>
/// A callout box: header (icon slot + title) and body. Collapsible callouts use
/// <c>&lt;details&gt;</c>/<c>&lt;summary&gt;</c> so they work without JavaScript.
/// </summary>
public sealed class HtmlCalloutRenderer : HtmlObjectRenderer<CalloutBlock>
{
    private static readonly Func<string, bool> Skip = key => key is "title" or "collapse" or "icon" or "appearance";

    protected override void Write(HtmlRenderer renderer, CalloutBlock obj)
    {
        var collapsible = obj.Collapsed is not null;
        renderer.EnsureLine();
        renderer.Write(collapsible ? "<details" : "<div");
        HtmlAttributeWriter.Write(renderer, obj.TryGetAttributes(), "callout", Skip);
        if (obj.Collapsed == false)
        {
            renderer.Write(" open");
        }

        renderer.WriteLine(collapsible ? ">" : " role=\"note\">");
        renderer.Write(collapsible ? "<summary class=\"callout-header\">" : "<div class=\"callout-header\">");
        renderer.Write("<span class=\"callout-icon\" aria-hidden=\"true\"></span><span class=\"callout-title\">");
        if (CaptionBlock.Of(obj) is { } title)
        {
            renderer.Write(title);
        }
        else
        {
            renderer.WriteEscape(obj.DefaultTitle);
        }

        renderer.WriteLine(collapsible ? "</span></summary>" : "</span></div>");
        renderer.WriteLine("<div class=\"callout-body\">");
        foreach (var child in obj)
        {
            if (child is not CaptionBlock)
            {
                renderer.Write(child);
            }
        }

        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        renderer.WriteLine(collapsible ? "</details>" : "</div>");
    }
}
