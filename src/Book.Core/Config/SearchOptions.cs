namespace Book.Core.Config;

/// <summary>The <c>search:</c> options of site.yml.</summary>
public sealed record SearchOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>Porter stemming in the index and, consistently, in queries.</summary>
    public bool Stemming { get; init; } = true;

    /// <summary>Keep token positions so the results can highlight matched terms.</summary>
    public bool Positions { get; init; }

    /// <summary>Boost of chapter titles: they lift a chapter's sections over passing mentions elsewhere.</summary>
    public double ChapterBoost { get; init; } = 5;

    /// <summary>Boost of section titles: a term in a section's title is the strongest sign the section is about it.</summary>
    public double SectionBoost { get; init; } = 10;

    /// <summary>Characters of body text kept per document for the result snippet.</summary>
    public int SnippetLength { get; init; } = 200;
}
