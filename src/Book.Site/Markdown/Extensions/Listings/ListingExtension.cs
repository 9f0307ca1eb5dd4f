using Book.Core.Model;
using Book.Site.Markdown.Syntax;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.Listings;

/// <summary>
/// Wraps a fenced code block labelled <c>#lst-…</c> or carrying <c>lst-cap</c> into a <see cref="ListingBlock"/>
/// when the block closes, before inline parsing, so the caption is parsed as Markdown like any paragraph.
/// </summary>
public sealed class ListingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers.Where(p => p.GetType() == typeof(FencedCodeBlockParser)))
        {
            parser.Closed -= Wrap;
            parser.Closed += Wrap;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlListingRenderer>();
            html.ObjectRenderers.AddIfNotAlready<HtmlCaptionBlockRenderer>();
        }
    }

    private static void Wrap(BlockProcessor processor, Block block)
    {
        var attributes = block.TryGetAttributes();
        var id = attributes?.Id;
        var caption = attributes?.Get("lst-cap");
        var labelled = id is not null && Label.KindOf(id) == LabelKind.Listing;
        if (block is not FencedCodeBlock code || !labelled && caption is null || code.Parent is not { } parent)
        {
            return;
        }

        var listing = new ListingBlock(null) { Line = code.Line, Column = code.Column, Span = code.Span };
        var moved = new HtmlAttributes { Id = labelled ? id : null };
        if (caption is not null)
        {
            moved.AddProperty("lst-cap", caption); // numbering reads it as the label's title
        }

        listing.SetAttributes(moved);
        if (labelled)
        {
            attributes!.Id = null;
        }

        attributes!.Properties?.RemoveAll(p => p.Key == "lst-cap");
        var index = parent.IndexOf(code);
        parent.RemoveAt(index);
        if (caption is { Length: > 0 })
        {
            listing.Add(CaptionBlock.Create(null, caption, code.Line, code.Column));
        }

        listing.Add(code);
        parent.Insert(index, listing);
    }
}
