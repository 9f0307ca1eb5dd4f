using Book.Core.Config;
using Book.Core.Model;

namespace Book.Site.Model;

/// <summary>
/// The book in the middle of the pipeline: loaded once by LoadBook, then enriched by each stage
/// (numbers and labels, resolved references, rendered bodies). No stage re-reads a source file.
/// </summary>
public sealed class BookModel
{
    public required SiteConfig Config { get; init; }

    /// <summary>Every chapter in reading order (front matter, parts, back matter).</summary>
    public required IReadOnlyList<Chapter> Chapters { get; init; }

    /// <summary>Every label of the book by id (filled by NumberAndLabel).</summary>
    public Dictionary<string, Label> Labels { get; } = new(StringComparer.Ordinal);

    public BuildCounts Counts { get; } = new();

    /// <summary>Every BibTeX entry of the book (site-wide and chapter files; filled by ResolveReferences).</summary>
    public Bibliography.BibDatabase Bibliography { get; set; } = Site.Bibliography.BibDatabase.Empty;

    /// <summary>The glossary terms (empty when site.yml names no glossary).</summary>
    public IReadOnlyList<Glossary.GlossaryTerm> GlossaryTerms { get; set; } = [];

    public IEnumerable<Chapter> InMatter(Matter matter) => Chapters.Where(c => c.Matter == matter);

    /// <summary>The chapters of each part, in order.</summary>
    public IEnumerable<(PartConfig Part, IReadOnlyList<Chapter> Chapters)> Parts =>
        Config.Parts.Select(p => (p, (IReadOnlyList<Chapter>)Chapters.Where(c => c.Part == p).ToList()));

    /// <summary>The chapter whose source file is <paramref name="path"/> (absolute), if it is in the book.</summary>
    public Chapter? FindBySource(string path) =>
        Chapters.FirstOrDefault(c => string.Equals(c.SourcePath, path, StringComparison.Ordinal));
}
