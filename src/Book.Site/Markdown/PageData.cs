using Markdig.Syntax;

namespace Book.Site.Markdown;

/// <summary>
/// The page of a split chapter a node is on, where a link to it from another page must name that page
/// (set by SplitChapters; absent on a chapter of one page, whose links stay bare <c>#anchors</c>).
/// Footnotes use it: a note's reference and the notes at the chapter's end may be on different pages.
/// </summary>
public static class PageData
{
    private static readonly object Key = typeof(PageData);

    public static void Set(MarkdownObject node, string pageUrl) => node.SetData(Key, pageUrl);

    /// <summary>The node's page URL, or "" when its chapter is one page.</summary>
    public static string Get(MarkdownObject? node) => node?.GetData(Key) as string ?? "";
}
