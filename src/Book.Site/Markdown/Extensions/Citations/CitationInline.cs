using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>
/// A Pandoc citation: <c>[@a; see @b, p. 33]</c> or <c>[-@a]</c> in brackets, or narrative <c>@a</c>
/// in running text ("Vaswani et al. (2017)").
/// </summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<CitationItem> Items { get; init; }

    /// <summary>Written in brackets (parenthetical); false for a narrative <c>@key</c>.</summary>
    public bool Bracketed { get; init; }

    /// <summary>0-based source line and column of the '[' or '@', as Markdig counts.</summary>
    public new int Line { get; init; }

    public new int Column { get; init; }

    /// <summary>Inside the text of a link: rendered without its own links (no nested &lt;a&gt;).</summary>
    public bool InsideLink { get; set; }
}
