namespace Book.Search.Querying;

/// <summary>One result of <c>idx.search</c>: the document ref, its score, and what matched.</summary>
public sealed record SearchResult(string Ref, double Score, MatchData MatchData);
