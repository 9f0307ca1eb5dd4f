using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Syntax;

/// <summary>Writes a caption's inline content only; the enclosing renderer writes the element around it.</summary>
public sealed class HtmlCaptionBlockRenderer : HtmlObjectRenderer<CaptionBlock>
{
    protected override void Write(HtmlRenderer renderer, CaptionBlock obj) => renderer.WriteLeafInline(obj);
}
