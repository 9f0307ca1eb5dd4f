namespace Book.Site.Search;

/// <summary>
/// The <c>search:</c> section of site.yml. Defaults: section titles boosted 10, chapter titles 5, body 1.
/// Why these: a term in a section's title is the strongest sign that the section is about it; a chapter's
/// title words occur in every section of that chapter, so they should lift the chapter's sections over
/// other chapters' passing mentions without outranking the sibling section actually titled with the term.
/// </summary>
public sealed record SearchOptions
{
    public static readonly IReadOnlyList<string> KnownFields = ["chapter", "section", "body"];

    public bool Enabled { get; init; } = true;

    /// <summary>Porter stemming at index and query time. Off: the index declares no stemmer, so lunr.js
    /// in the browser does not stem queries either (a stemmed query would miss unstemmed terms).</summary>
    public bool Stemming { get; init; } = true;

    public IReadOnlyList<SearchField> Fields { get; init; } =
        [new("chapter", 5), new("section", 10), new("body", 1)];

    /// <summary>Record token positions in the index (lunr metadata "position"), for clients that highlight by position.</summary>
    public bool Positions { get; init; }

    /// <summary>The options a site.yml's <c>search:</c> section asks for.</summary>
    public static SearchOptions From(Book.Core.Config.SearchOptions config) => new()
    {
        Enabled = config.Enabled,
        Stemming = config.Stemming,
        Positions = config.Positions,
        Fields = [new("chapter", config.ChapterBoost), new("section", config.SectionBoost), new("body", 1)],
        SnippetLength = config.SnippetLength,
    };

    /// <summary>Characters of body text kept per section in the store, for result snippets.</summary>
    public int SnippetLength { get; init; } = 300;
}
