using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.ConditionalContent;

/// <summary>Visible conditional content renders as its children alone: the wrapper carries no meaning in HTML.</summary>
public sealed class HtmlConditionalContentRenderer : HtmlObjectRenderer<ConditionalContentBlock>
{
    protected override void Write(HtmlRenderer renderer, ConditionalContentBlock obj)
    {
        if (obj.Visible)
        {
            renderer.WriteChildren(obj);
        }
    }
}
