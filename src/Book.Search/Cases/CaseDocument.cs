namespace Book.Search.Cases;

/// <summary>One document of a case: its ref, field texts (absent fields are missing) and boost.</summary>
public sealed record CaseDocument(string Ref, IReadOnlyDictionary<string, string?> Fields, double Boost);
