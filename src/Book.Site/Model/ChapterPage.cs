namespace Book.Site.Model;

/// <summary>
/// One page of a chapter: the whole chapter, or, once SplitChapters cut it, a run of its level-2 sections.
/// </summary>
/// <param name="Url">Site-relative URL: the chapter's own for its first page (<c>ops.html</c>), else
/// <c>ops--sec-first-section-id.html</c>.</param>
/// <param name="FirstBlock">Index of the page's first top-level block in the chapter's syntax tree.</param>
/// <param name="Sections">The h2/h3 sections on the page, in order (its "On this page").</param>
public sealed record ChapterPage(string Url, int FirstBlock, IReadOnlyList<Section> Sections)
{
    /// <summary>The section a later page opens with (its title names the page); null for a chapter's first page.</summary>
    public Section? Opening => FirstBlock == 0 || Sections.Count == 0 ? null : Sections[0];
}
