using System.Globalization;
using Book.Core.Model;
using Book.Site.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Tests.Markdown;

/// <summary>
/// Stands in for the numbering stage in spec examples: every figure, table, listing and equation label
/// gets "1.k" (the example is chapter 1), attached with <see cref="LabelData"/> as the real stage does.
/// </summary>
public static class SpecNumbering
{
    public static void Run(MarkdownDocument document)
    {
        var counters = new Dictionary<LabelKind, int>();
        foreach (var node in document.Descendants())
        {
            if (node is HeadingBlock || node.TryGetAttributes()?.Id is not { } id || Label.KindOf(id) is not { } kind || kind == LabelKind.Section)
            {
                continue;
            }

            var k = counters[kind] = counters.GetValueOrDefault(kind) + 1;
            LabelData.Set(node, new Label(id, kind, "1." + k.ToString(CultureInfo.InvariantCulture), id, "chapter.html", "input.md", node.Line + 1));
        }
    }
}
