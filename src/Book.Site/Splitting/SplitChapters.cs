using Book.Core.Config;
using Book.Core.Model;
using Book.Site.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Splitting;

/// <summary>
/// Stage (after NumberAndLabel, before ResolveReferences): cuts chapters into pages at their level-2
/// sections, as bookdown's <c>split_by</c> does (site.yml <c>split:</c>): <c>auto</c> cuts a chapter whose
/// estimated body exceeds <c>split-budget</c> into as few pages as fit it, <c>section</c> gives every
/// level-2 section a page (the chapter's opening joins its first section), <c>chapter</c> never cuts.
/// It runs on the model, before rendering, so every later stage knows each element's page: labels are
/// moved to their page here, and cross-references, citations, links, search documents and navigation
/// read the pages from the model. Numbering is per chapter and unchanged.
/// Later pages are named <c>chapter--sec-id.html</c> after their first section, beside the chapter's
/// page rather than in a folder of its own: every relative URL in a body (images, other chapters,
/// assets, search) then works unchanged on every page.
/// </summary>
public static class SplitChapters
{
    public static void Run(BookModel book)
    {
        Parallel.ForEach(book.Chapters, chapter => SplitChapter(chapter, book.Config));
        foreach (var chapter in book.Chapters)
        {
            foreach (var (id, url) in chapter.LaterPageAnchors)
            {
                // A label defined twice is the first definition's (an error already); another chapter's stays.
                if (book.Labels.TryGetValue(id, out var label) && label.PageUrl == chapter.PageUrl)
                {
                    book.Labels[id] = label with { PageUrl = url };
                }
            }
        }
    }

    /// <summary>A chapter's labels (as NumberAndLabel made them) pointed at their pages; <c>book serve</c> keeps them per chapter.</summary>
    public static List<(Label Label, int Column)> Relocate(Chapter chapter, IEnumerable<(Label Label, int Column)> labels) =>
        labels.Select(l => chapter.LaterPageAnchors.TryGetValue(l.Label.Id, out var url) ? (l.Label with { PageUrl = url }, l.Column) : l).ToList();

    /// <summary>Sets the chapter's <see cref="Chapter.Pages"/> and <see cref="Chapter.LaterPageAnchors"/>.</summary>
    public static void SplitChapter(Chapter chapter, SiteConfig config)
    {
        var document = chapter.Document;
        var breaks = chapter.Sections.Where(s => s.Level == 2 && s.Heading.Parent == document)
            .Select(s => document.IndexOf(s.Heading)).Where(i => i > 0).Distinct().Order().ToList();
        if (config.Split == SplitMode.Chapter || breaks.Count == 0)
        {
            chapter.Pages = [new ChapterPage(chapter.PageUrl, 0, chapter.Sections)];
            chapter.LaterPageAnchors = new Dictionary<string, string>();
            return;
        }

        // Segment 0 is the chapter's opening (title, lead text); segment k starts at the k-th level-2 heading.
        var starts = new List<int> { 0 };
        starts.AddRange(breaks);
        var budget = config.SplitBudgetKb * 1024.0;
        var firsts = config.Split == SplitMode.Section
            ? starts.Where((_, k) => k != 1).ToList() // the opening joins the first section: a page of a title alone helps nobody
            : ChoosePageBreaks.Run(Weights(chapter, starts, budget), budget).Select(k => starts[k]).ToList();
        chapter.Pages = Pages(chapter, firsts);
        chapter.LaterPageAnchors = chapter.Pages.Count > 1 ? MarkPages.Run(chapter) : new Dictionary<string, string>();
    }

    private static List<double> Weights(Chapter chapter, List<int> starts, double budget)
    {
        var weights = EstimatePageWeight.Runs(chapter, starts);
        // The reference list ends the chapter, on its last page (counting its works scans the text: only a
        // chapter near the budget pays for it).
        if (weights.Sum() > budget / 2)
        {
            weights[^1] += EstimatePageWeight.References(chapter);
        }

        return weights;
    }

    private static List<ChapterPage> Pages(Chapter chapter, List<int> firsts)
    {
        var document = chapter.Document;
        var stem = Path.GetFileNameWithoutExtension(chapter.PageUrl);
        var sections = firsts.Select(_ => new List<Section>()).ToList();
        foreach (var section in chapter.Sections)
        {
            var index = document.IndexOf(TopLevel(section.Heading, document));
            sections[Math.Max(0, firsts.FindLastIndex(f => f <= index))].Add(section);
        }

        return firsts.Select((first, k) => new ChapterPage(
            k == 0 ? chapter.PageUrl : $"{stem}--{PageName(sections[k], k)}.html", first, sections[k])).ToList();
    }

    /// <summary>The id of the page's first section, which names it; its place in the chapter when the id would need escaping.</summary>
    private static string PageName(List<Section> sections, int k) =>
        sections.Count > 0 && sections[0].Id.Length > 0 && sections[0].Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? sections[0].Id
            : $"{k + 1}";

    private static Block TopLevel(Block block, MarkdownDocument document)
    {
        while (block.Parent is { } parent && parent != document)
        {
            block = parent;
        }

        return block;
    }
}
