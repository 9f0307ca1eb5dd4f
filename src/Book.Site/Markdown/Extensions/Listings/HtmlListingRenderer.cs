using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Listings;

/// <summary><c>&lt;figure class="listing" id="lst-x"&gt;&lt;figcaption&gt;Listing 3.1: …&lt;/figcaption&gt;</c> then the code.</summary>
public sealed class HtmlListingRenderer : HtmlObjectRenderer<ListingBlock>
{
    protected override void Write(HtmlRenderer renderer, ListingBlock obj)
    {
        var caption = CaptionBlock.Of(obj);
        renderer.EnsureLine();
        renderer.Write("<figure");
        HtmlAttributeWriter.Write(renderer, obj.TryGetAttributes(), "listing", key => key == "lst-cap");
        renderer.WriteLine(">");
        CaptionWriter.Write(renderer, obj, () => renderer.Write(caption!), caption is not null);
        renderer.Write(obj.Code);
        renderer.EnsureLine();
        renderer.WriteLine("</figure>");
    }
}
