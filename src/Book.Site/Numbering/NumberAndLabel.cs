using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Core.Model;
using Book.Site.Markdown;
using Book.Site.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Numbering;

/// <summary>
/// Stage 2: numbers chapters (consecutively through the parts; front and back matter unnumbered),
/// their h2/h3 sections (<c>N.M</c>, <c>N.M.K</c>, except <c>.unnumbered</c>) and, per chapter,
/// figures, tables, listings and equations (<c>N.k</c>). Every <c>sec-/fig-/tbl-/lst-/eq-</c> id on
/// any node becomes a <see cref="Label"/>, attached to its node with <see cref="LabelData"/> and
/// entered in the book's label table; a label defined twice is an error at both places.
/// </summary>
public static class NumberAndLabel
{
    public static void Run(BookModel book, DiagnosticBag diagnostics)
    {
        var chapterNumber = 0;
        var labels = new List<(Label Label, int Column)>();
        foreach (var chapter in book.Chapters)
        {
            chapter.Number = chapter.IsNumbered ? (++chapterNumber).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            labels.AddRange(LabelChapter(chapter, diagnostics));
        }

        EnterLabels(book, labels, diagnostics);
    }

    /// <summary>
    /// Names one chapter (its <see cref="Chapter.Number"/> already set) and labels its nodes; returns its
    /// labels in document order. <c>book serve</c> re-labels an edited chapter with it.
    /// </summary>
    public static List<(Label Label, int Column)> LabelChapter(Chapter chapter, DiagnosticBag diagnostics)
    {
        NameChapter(chapter, diagnostics);
        var labels = new List<(Label Label, int Column)>();
        foreach (var (node, label, column) in new ChapterLabeler(chapter).Run())
        {
            LabelData.Set(node, label);
            labels.Add((label, column));
        }

        return labels;
    }

    /// <summary>Enters the book's labels (in reading order) in its label table: the first definition wins, a repeated one is an error.</summary>
    public static void EnterLabels(BookModel book, IEnumerable<(Label Label, int Column)> labels, DiagnosticBag diagnostics)
    {
        var definitions = new Dictionary<string, List<(Label Label, int Column)>>(StringComparer.Ordinal);
        foreach (var (label, column) in labels)
        {
            if (!definitions.TryGetValue(label.Id, out var list))
            {
                definitions[label.Id] = list = [];
            }

            list.Add((label, column));
        }

        foreach (var (id, list) in definitions)
        {
            book.Labels[id] = list[0].Label;
            if (list.Count > 1)
            {
                ReportDuplicates(id, list, diagnostics);
            }
        }
    }

    private static void NameChapter(Chapter chapter, DiagnosticBag diagnostics)
    {
        var h1 = chapter.Document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        chapter.Id = h1?.GetAttributes().Id ?? "";
        var title = chapter.FrontMatter.Title ?? (h1 is null ? null : PlainText.Of(h1));
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Warning(DiagnosticCodes.MissingTitle, chapter.DisplayPath, 1, 1,
                "the chapter has no title; add 'title:' to its front matter or start it with '# Title'");
            title = Path.GetFileNameWithoutExtension(chapter.RelativePath);
        }

        chapter.Title = title;
    }

    private static void ReportDuplicates(string id, List<(Label Label, int Column)> list, DiagnosticBag diagnostics)
    {
        foreach (var (label, column) in list)
        {
            var others = string.Join(", ", list.Where(o => o.Label != label).Select(o => $"{o.Label.SourceFile}({o.Label.Line})"));
            diagnostics.Error(DiagnosticCodes.DuplicateLabel, label.SourceFile, label.Line, column,
                $"duplicate label '{id}', also defined at {others}; labels must be unique across the book, rename one");
        }
    }

    /// <summary>True when the heading carries <c>.unnumbered</c> (or Pandoc's short form <c>-</c>).</summary>
    public static bool IsUnnumbered(HtmlAttributes? attributes) =>
        attributes?.Classes?.Any(c => c is "unnumbered" or "-") ?? false;
}
