using Book.Search.Pipeline;

namespace Book.Search.Indexing;

/// <summary>
/// How a builder tokenizes, weights and records terms. The defaults are what <c>lunr(function () {...})</c>
/// sets up: trimmer, stopWordFilter and stemmer to index; stemmer to search; BM25 k1 = 1.2, b = 0.75.
/// </summary>
public sealed record IndexOptions
{
    public bool Stemming { get; init; } = true;

    /// <summary>Token metadata to store per occurrence (<see cref="MetadataKeys"/>), e.g. "position".</summary>
    public IReadOnlyList<string> MetadataWhitelist { get; init; } = [];

    public double K1 { get; init; } = Bm25.K1;

    public double B { get; init; } = Bm25.B;

    public TokenPipeline CreateIndexingPipeline() => PipelineFunctions.DefaultIndexing(Stemming);

    public TokenPipeline CreateSearchPipeline() => PipelineFunctions.DefaultSearch(Stemming);
}
