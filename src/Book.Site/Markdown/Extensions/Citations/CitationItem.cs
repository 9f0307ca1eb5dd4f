using Book.Site.Bibliography;

namespace Book.Site.Markdown.Extensions.Citations;

/// <summary>
/// One cited work inside a citation: <c>see -@key, p. 33</c>. The parser fills the source parts;
/// <see cref="ResolveCitations"/> fills <see cref="Entry"/>, <see cref="Authors"/>, <see cref="Year"/>
/// and <see cref="Href"/>.
/// </summary>
public sealed class CitationItem
{
    public required string Key { get; init; }

    /// <summary>Text before the key inside brackets ("see"); empty when none.</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>Text after the key, as written (", p. 33"); empty when none.</summary>
    public string Suffix { get; init; } = string.Empty;

    /// <summary><c>-@key</c>: the author is already named in the sentence; show the year only.</summary>
    public bool SuppressAuthor { get; init; }

    /// <summary>The entry the key names, or null while unresolved (unknown keys stay null).</summary>
    public BibEntry? Entry { get; set; }

    /// <summary>"Vaswani et al.", set with <see cref="Entry"/>.</summary>
    public string Authors { get; set; } = string.Empty;

    /// <summary>"2017" or "2017a", set with <see cref="Entry"/>.</summary>
    public string Year { get; set; } = string.Empty;

    /// <summary>Where the citation links: "#ref-key" or "references.html#ref-key".</summary>
    public string Href { get; set; } = string.Empty;
}
