using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.TableCaptions;

/// <summary>
/// Pairs caption lines with the pipe or grid table right before or after them. Pairing happens once the
/// document is processed, because pipe tables only exist after inline parsing.
/// </summary>
public sealed class TableCaptionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<TableCaptionParser>())
        {
            // First: Markdig's pipe table block parser also opens on ':' (delimiter rows).
            pipeline.BlockParsers.Insert(0, new TableCaptionParser());
        }

        pipeline.DocumentProcessed -= AttachCaptions;
        pipeline.DocumentProcessed += AttachCaptions;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlTableFigureRenderer>();
            html.ObjectRenderers.AddIfNotAlready<HtmlTableCaptionRenderer>();
        }
    }

    private static void AttachCaptions(MarkdownDocument document)
    {
        foreach (var caption in document.Descendants<TableCaptionBlock>().ToList())
        {
            var parent = caption.Parent!;
            var index = parent.IndexOf(caption);
            var table = index + 1 < parent.Count && parent[index + 1] is Table after ? after
                : index > 0 && parent[index - 1] is Table before ? before
                : null;
            if (table is null && parent is Figures.DivFigureBlock figureDiv && figureDiv.Caption == caption)
            {
                continue; // the caption of a div figure, written the Pandoc way
            }

            if (table is null)
            {
                MarkdownDiagnostics.Warning(document, MarkdownCodes.OrphanCaption, caption.Line, caption.Column,
                    "this caption line (': …') is not next to a table; put it directly before or after the table");
                continue;
            }

            var figure = new TableFigureBlock(null) { Line = Math.Min(caption.Line, table.Line), Column = table.Column };
            var attributes = caption.TryGetAttributes() ?? new HtmlAttributes();
            caption.SetAttributes(new HtmlAttributes());
            // The plain caption, for label titles and link tooltips (numbering reads tbl-cap).
            attributes.AddProperty("tbl-cap", Syntax.InlineText.Of(caption));
            figure.SetAttributes(attributes);

            var at = Math.Min(parent.IndexOf(caption), parent.IndexOf(table));
            parent.Remove(caption);
            parent.Remove(table);
            figure.Add(caption);
            figure.Add(table);
            parent.Insert(at, figure);
        }
    }
}
