using System.Globalization;
using Book.Core.Model;
using Book.Site.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Numbering;

/// <summary>
/// Walks one chapter in document order: fills its sections and yields a label for every
/// labelled node. Counters are per chapter, as in Quarto's book numbering.
/// </summary>
public sealed class ChapterLabeler(Chapter chapter)
{
    private readonly Dictionary<LabelKind, int> _counters = [];
    private int _h2;
    private int _h3;
    private bool _h2Numbered;

    public IEnumerable<(MarkdownObject Node, Label Label, int Column)> Run()
    {
        chapter.Sections.Clear();
        foreach (var node in chapter.Document.Descendants())
        {
            if (node is HeadingBlock heading)
            {
                var label = Heading(heading);
                if (label is not null)
                {
                    yield return (heading, label, heading.Column + 1);
                }

                continue;
            }

            var id = IdOf(node);
            if (id is null || Label.KindOf(id) is not { } kind)
            {
                continue;
            }

            var number = "";
            if (kind != LabelKind.Section)
            {
                var k = _counters[kind] = _counters.GetValueOrDefault(kind) + 1;
                number = chapter.Number.Length > 0 ? $"{chapter.Number}.{k}" : k.ToString(CultureInfo.InvariantCulture);
            }

            yield return (node, Make(id, kind, number, CaptionOf(node), node.Line), node.Column + 1);
        }
    }

    private Label? Heading(HeadingBlock heading)
    {
        var attributes = heading.GetAttributes();
        var id = attributes.Id;
        var title = PlainText.Of(heading);
        if (heading.Level == 1)
        {
            return id is null ? null : Make(id, LabelKind.Chapter, chapter.Number, chapter.Title, heading.Line);
        }

        if (heading.Level > 3)
        {
            return id is not null && Label.KindOf(id) == LabelKind.Section ? Make(id, LabelKind.Section, "", title, heading.Line) : null;
        }

        var numbered = chapter.IsNumbered && !NumberAndLabel.IsUnnumbered(attributes) && !InsideAside(heading);
        string number;
        if (heading.Level == 2)
        {
            _h2Numbered = numbered;
            _h3 = 0;
            number = numbered ? $"{chapter.Number}.{++_h2}" : "";
        }
        else
        {
            numbered &= _h2Numbered;
            number = numbered ? $"{chapter.Number}.{_h2}.{++_h3}" : "";
        }

        if (id is null)
        {
            return null;
        }

        chapter.Sections.Add(new Section(heading.Level, id, number, title, heading));
        var label = Make(id, LabelKind.Section, number, title, heading.Line);
        if (Label.KindOf(id) == LabelKind.Section)
        {
            return label;
        }

        // Not referable (no sec- id), but the heading renderer still shows its number.
        Markdown.LabelData.Set(heading, label);
        return null;
    }

    /// <summary>Headings inside callouts and margin notes are part of that box, not of the chapter outline.</summary>
    private static bool InsideAside(Block block)
    {
        for (var parent = block.Parent; parent is not null and not MarkdownDocument; parent = parent.Parent)
        {
            if (parent.TryGetAttributes()?.Classes?.Any(c => c.StartsWith("callout", StringComparison.Ordinal) || c.StartsWith("column-", StringComparison.Ordinal)) ?? false)
            {
                return true;
            }
        }

        return false;
    }

    private Label Make(string id, LabelKind kind, string number, string title, int line)
    {
        var (file, sourceLine) = chapter.Locate(line);
        return new Label(id, kind, number, title, chapter.PageUrl, file, sourceLine);
    }

    /// <summary>
    /// The label id of a node: its <c>#id</c> attribute, or for an executable code cell
    /// (<c>```{r}</c>, <c>```{python}</c>) Quarto's <c>#| label: fig-x</c> option, which is
    /// then also set as the node's id so the rendered page has the anchor.
    /// </summary>
    private static string? IdOf(MarkdownObject node)
    {
        var id = node.TryGetAttributes()?.Id;
        if (id is not null || node is not FencedCodeBlock code)
        {
            return id;
        }

        var option = CellOption(code, "label");
        if (option is not null && Label.KindOf(option) is not null)
        {
            code.GetAttributes().Id = option;
        }

        return option;
    }

    private static string CaptionOf(MarkdownObject node)
    {
        var attributes = node.TryGetAttributes();
        foreach (var key in (string[])["fig-cap", "tbl-cap", "lst-cap", "title"])
        {
            var value = attributes?.Properties?.FirstOrDefault(p => p.Key == key).Value;
            if (!string.IsNullOrEmpty(value))
            {
                return value;
            }
        }

        return node switch
        {
            LinkInline link => PlainText.Of(link),
            FencedCodeBlock code => CellOption(code, "fig-cap") ?? CellOption(code, "tbl-cap") ?? CellOption(code, "lst-cap") ?? "",
            ContainerBlock container when container.LastChild is ParagraphBlock caption => PlainText.Of(caption),
            _ => "",
        };
    }

    /// <summary>A Quarto cell option (<c>#| key: value</c>) from the top of a code block.</summary>
    private static string? CellOption(FencedCodeBlock code, string key)
    {
        foreach (var line in code.Lines)
        {
            var text = line.ToString()?.Trim() ?? "";
            if (!text.StartsWith("#|", StringComparison.Ordinal))
            {
                break;
            }

            var body = text[2..].Trim();
            if (body.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return body[(key.Length + 1)..].Trim().Trim('"', '\'');
            }
        }

        return null;
    }
}
