namespace Book.Core.Config;

/// <summary>The <c>search:</c> options of site.yml.</summary>
public sealed record SearchOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>Porter stemming in the index and, consistently, in queries.</summary>
    public bool Stemming { get; init; } = true;

    /// <summary>Keep token positions so the results can highlight matched terms.</summary>
    public bool Positions { get; init; } = true;

    public double ChapterBoost { get; init; } = 2;
    public double SectionBoost { get; init; } = 5;

    /// <summary>Characters of body text kept per document for the result snippet.</summary>
    public int SnippetLength { get; init; } = 200;
}
