namespace Book.Search.Cases;

/// <summary>A problem in a case file: where (1-based line, 0 when unknown; a JSON path) and what to do.</summary>
public sealed record CaseError(int Line, int Column, string Path, string Message);
