using Book.Core.Config;
using Markdig.Syntax;

namespace Book.Site.Model;

/// <summary>
/// One page of the book made from a Markdown file. Loading sets the source and the syntax tree;
/// numbering sets <see cref="Number"/>, <see cref="Title"/> and <see cref="Sections"/>;
/// rendering sets <see cref="BodyHtml"/>.
/// </summary>
public sealed class Chapter
{
    /// <summary>Absolute path of the source file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Path under the book folder, '/'-separated: <c>quantization.md</c>.</summary>
    public required string RelativePath { get; init; }

    /// <summary>How diagnostics name the file (relative to the working directory when possible).</summary>
    public required string DisplayPath { get; init; }

    /// <summary>Site-relative URL of the page: <c>quantization.html</c>.</summary>
    public required string PageUrl { get; init; }

    public required Matter Matter { get; init; }

    /// <summary>The part holding the chapter, or null for front and back matter.</summary>
    public PartConfig? Part { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    public required MarkdownDocument Document { get; init; }

    /// <summary>The chapter's Markdown as read (front matter blanked), for plain-text extraction by span.</summary>
    public required string Markdown { get; init; }

    /// <summary>Where each line of <see cref="Markdown"/> came from (includes are expanded).</summary>
    public required Loading.SourceMap SourceMap { get; init; }

    /// <summary>The file and 1-based line of a 0-based Markdig line, for diagnostics.</summary>
    public (string File, int Line) Locate(int markdigLine) => SourceMap.Locate(markdigLine + 1);

    /// <summary>"3" for a numbered chapter; empty for front and back matter.</summary>
    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The chapter's h1 id (<c>sec-introduction</c>) when it has one, else empty.</summary>
    public string Id { get; set; } = "";

    public List<Section> Sections { get; } = [];

    /// <summary>Citation keys cited in this chapter, in order of first citation.</summary>
    public IReadOnlyList<string> CitedKeys { get; set; } = [];

    /// <summary>The chapter's bibliography (its own files first, then the site-wide ones).</summary>
    public Bibliography.BibDatabase Bibliography { get; set; } = Site.Bibliography.BibDatabase.Empty;

    public string BodyHtml { get; set; } = "";

    private IReadOnlyList<ChapterPage>? _pages;

    /// <summary>
    /// The chapter's pages in reading order (set by SplitChapters); one page, the whole chapter at
    /// <see cref="PageUrl"/>, until it is split.
    /// </summary>
    public IReadOnlyList<ChapterPage> Pages
    {
        get => _pages ??= [new ChapterPage(PageUrl, 0, Sections)];
        set => _pages = value;
    }

    /// <summary>Ids of the elements on pages after the first (a split chapter's) → the URL of their page.</summary>
    public IReadOnlyDictionary<string, string> LaterPageAnchors { get; set; } = new Dictionary<string, string>();

    /// <summary>The page holding the element with id <paramref name="anchor"/>: <see cref="PageUrl"/> unless the chapter was split.</summary>
    public string PageOf(string anchor) => LaterPageAnchors.GetValueOrDefault(anchor) ?? PageUrl;

    /// <summary>Where each page's body starts in <see cref="BodyHtml"/> (set by rendering); the last runs to its end.</summary>
    public IReadOnlyList<int> PageBodyStarts { get; set; } = [0];

    /// <summary>The body of page <paramref name="index"/> (the references and anything appended to the chapter end its last page).</summary>
    public string PageBody(int index)
    {
        if (Pages.Count == 1)
        {
            return BodyHtml;
        }

        var end = index + 1 < PageBodyStarts.Count ? PageBodyStarts[index + 1] : BodyHtml.Length;
        return BodyHtml[PageBodyStarts[index]..end];
    }

    /// <summary>Files the page links that rendering writes beside it (TikZ sources): site-relative path → text.</summary>
    public IReadOnlyDictionary<string, string> OwnFiles { get; set; } = new Dictionary<string, string>();

    public bool IsNumbered => Matter == Matter.Main;
}
