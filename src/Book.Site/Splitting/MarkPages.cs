using Book.Site.Markdown;
using Book.Site.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Splitting;

/// <summary>Part of SplitChapters: what in a split chapter's tree must know its page.</summary>
public static class MarkPages
{
    /// <summary>
    /// One walk of a split chapter's tree: every id on the pages after the first (headings, labels, any other
    /// <c>{#id}</c>) with its page, returned; and the footnotes' page marks (<see cref="PageData"/>): the notes
    /// end the chapter's last page, their references are anywhere, and the links between them name the page.
    /// </summary>
    public static Dictionary<string, string> Run(Chapter chapter)
    {
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        var references = new Dictionary<(Footnote, int), string>();
        var backLinks = new List<FootnoteLink>();
        var document = chapter.Document;
        for (var k = 0; k < chapter.Pages.Count; k++)
        {
            var url = chapter.Pages[k].Url;
            var end = k + 1 < chapter.Pages.Count ? chapter.Pages[k + 1].FirstBlock : document.Count;
            for (var i = chapter.Pages[k].FirstBlock; i < end; i++)
            {
                Walk(document[i], chapter.Markdown, node =>
                {
                    if (k > 0 && node.TryGetAttributes()?.Id is { Length: > 0 } id)
                    {
                        anchors.TryAdd(id, url);
                    }

                    switch (node)
                    {
                        case FootnoteGroup group:
                            PageData.Set(group, url);
                            break;
                        case FootnoteLink { IsBackLink: true } back:
                            backLinks.Add(back);
                            break;
                        case FootnoteLink link:
                            PageData.Set(link, url);
                            references.TryAdd((link.Footnote, link.Index), url);
                            break;
                    }
                });
            }
        }

        // A back link leads to the reference it answers (same footnote, same index), on that reference's page.
        foreach (var back in backLinks)
        {
            if (references.TryGetValue((back.Footnote, back.Index), out var url))
            {
                PageData.Set(back, url);
            }
        }

        return anchors;
    }

    /// <summary>
    /// Visits a node and everything inside it (a plain recursion: Markdig's nested iterators cost more). The
    /// inlines of a leaf block are visited only when its Markdown holds a footnote reference or an id
    /// (<c>[^</c>, <c>{#</c>): most paragraphs hold neither, and their inlines are most of the tree.
    /// </summary>
    private static void Walk(MarkdownObject node, string markdown, Action<MarkdownObject> visit)
    {
        visit(node);
        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(child, markdown, visit);
                }

                break;
            case LeafBlock { Inline: { } inline } leaf when MayHoldNotesOrIds(leaf, markdown):
                Walk(inline, markdown, visit);
                break;
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                {
                    Walk(child, markdown, visit);
                }

                break;
        }
    }

    private static bool MayHoldNotesOrIds(LeafBlock leaf, string markdown)
    {
        var span = leaf.Span;
        if (leaf.Parent is Footnote || span.Start < 0 || span.End >= markdown.Length || span.End < span.Start)
        {
            return true; // a note's text (its back links are added by the parser), or no reliable source: look
        }

        var text = markdown.AsSpan(span.Start, span.Length);
        return text.Contains("[^", StringComparison.Ordinal) || text.Contains("{#", StringComparison.Ordinal);
    }
}
