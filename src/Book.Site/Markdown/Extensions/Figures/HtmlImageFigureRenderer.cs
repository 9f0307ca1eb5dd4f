using System.Globalization;
using Book.Site.Markdown.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.Figures;

/// <summary><c>&lt;figure id&gt;&lt;img src alt style&gt;&lt;figcaption&gt;Figure 3.2: …&lt;/figcaption&gt;&lt;/figure&gt;</c>.</summary>
public sealed class HtmlImageFigureRenderer : HtmlObjectRenderer<ImageFigureBlock>
{
    protected override void Write(HtmlRenderer renderer, ImageFigureBlock obj)
    {
        var image = obj.Image;
        var attributes = obj.TryGetAttributes();
        renderer.EnsureLine();
        renderer.Write("<figure");
        if (attributes?.Id is { Length: > 0 } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }

        var align = attributes?.Get("fig-align");
        if (align is not null)
        {
            renderer.Write(" class=\"figure-align-").WriteEscape(align).Write('"');
        }

        renderer.WriteLine(">");
        renderer.Write("<img src=\"").WriteEscapeUrl(image.GetDynamicUrl?.Invoke() ?? image.Url ?? string.Empty).Write('"');
        renderer.Write(" alt=\"").WriteEscape(attributes?.Get("fig-alt") ?? InlineText.Of(image)).Write('"');
        if (image.Title is { Length: > 0 } title)
        {
            renderer.Write(" title=\"").WriteEscape(title).Write('"');
        }

        WriteSize(renderer, attributes);
        HtmlAttributeWriter.Write(renderer, attributes, skip: key => key is "width" or "height" || key.StartsWith("fig-", StringComparison.Ordinal), writeId: false);
        renderer.WriteLine(" loading=\"lazy\">");
        CaptionWriter.Write(renderer, obj, () => renderer.WriteChildren(image), image.FirstChild is not null);
        renderer.WriteLine("</figure>");
    }

    // Pandoc: a bare number is pixels (an attribute); anything with a unit (80%, 10em) goes to style.
    private static void WriteSize(HtmlRenderer renderer, HtmlAttributes? attributes)
    {
        var style = string.Empty;
        foreach (var key in new[] { "width", "height" })
        {
            var value = attributes?.Get(key);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var pixels = value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value;
            if (int.TryParse(pixels, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                renderer.Write(' ').Write(key).Write("=\"").WriteEscape(pixels).Write('"');
            }
            else
            {
                style += $"{key}:{value};";
            }
        }

        if (style.Length > 0)
        {
            renderer.Write(" style=\"").WriteEscape(style.TrimEnd(';')).Write('"');
        }
    }
}
