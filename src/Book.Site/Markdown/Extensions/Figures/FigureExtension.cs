using Book.Core.Model;
using Book.Site.Markdown.Extensions.FencedDivs;
using Book.Site.Markdown.Syntax;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.Figures;

/// <summary>
/// Figures: a paragraph that is one captioned image becomes an <see cref="ImageFigureBlock"/> (Pandoc's
/// implicit figures); divs labelled <c>#fig-</c>, <c>#tbl-</c>, <c>#lst-</c> become <see cref="DivFigureBlock"/>s.
/// </summary>
public sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddFencedDivFactory(CreateDivFigure);
        pipeline.DocumentProcessed -= ConvertImageParagraphs;
        pipeline.DocumentProcessed += ConvertImageParagraphs;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlImageFigureRenderer>();
            if (!html.ObjectRenderers.Contains<HtmlDivFigureRenderer>())
            {
                html.ObjectRenderers.Insert(0, new HtmlDivFigureRenderer());
            }
        }
    }

    private static FencedDivBlock? CreateDivFigure(FencedDivParser parser, HtmlAttributes attributes, int line, int column)
    {
        var kind = attributes.Id is { } id ? Label.KindOf(id) : null;
        if (kind is not (LabelKind.Figure or LabelKind.Table or LabelKind.Listing))
        {
            return null;
        }

        var figure = new DivFigureBlock(parser) { Kind = kind.Value };
        var prefix = kind switch
        {
            LabelKind.Table => "tbl",
            LabelKind.Listing => "lst",
            _ => "fig",
        };
        if (attributes.Get(prefix + "-cap") is { Length: > 0 } caption)
        {
            figure.Add(CaptionBlock.Create(parser, caption, line, column));
        }

        return figure;
    }

    private static void ConvertImageParagraphs(MarkdownDocument document)
    {
        foreach (var div in document.Descendants<DivFigureBlock>())
        {
            // The plain caption, for label titles and link tooltips (numbering reads *-cap).
            var key = div.Kind switch { LabelKind.Table => "tbl-cap", LabelKind.Listing => "lst-cap", _ => "fig-cap" };
            if (div.Caption is { } caption && div.GetAttributes().Get(key) is null)
            {
                div.GetAttributes().AddProperty(key, InlineText.Of(caption));
            }
        }

        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (AsFigureImage(paragraph) is not { } image
                || paragraph.Parent is DivFigureBlock div && div.Caption == paragraph)
            {
                continue;
            }

            // An inline container belongs to one block for life: move the inlines into a new one.
            var inline = new ContainerInline();
            while (paragraph.Inline!.FirstChild is { } child)
            {
                child.Remove();
                inline.AppendChild(child);
            }
            var figure = new ImageFigureBlock(paragraph.Parser)
            {
                Image = image,
                Inline = inline,
                Line = paragraph.Line,
                Column = paragraph.Column,
                Span = paragraph.Span,
            };
            // The label belongs to the figure: numbering and cross-references look for the block.
            var attributes = image.TryGetAttributes() ?? new HtmlAttributes();
            image.SetAttributes(new HtmlAttributes());
            if (attributes.Get("fig-cap") is null)
            {
                attributes.AddProperty("fig-cap", InlineText.Of(image));
            }

            figure.SetAttributes(attributes);

            var parent = paragraph.Parent!;
            var index = parent.IndexOf(paragraph);
            parent[index] = figure;
        }
    }

    // Pandoc implicit_figures: an image alone in its paragraph with a caption; Quarto also makes an
    // uncaptioned image with a #fig- label a figure.
    private static LinkInline? AsFigureImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        if (image is null)
        {
            return null;
        }

        var id = image.TryGetAttributes()?.Id;
        return image.FirstChild is not null || id is not null && Label.KindOf(id) == LabelKind.Figure ? image : null;
    }
}
