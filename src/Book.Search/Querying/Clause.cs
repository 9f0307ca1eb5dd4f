namespace Book.Search.Querying;

/// <summary>
/// One clause of a lunr query: a term (possibly with <c>*</c> wildcards) searched in some fields, with a
/// boost, an optional edit distance, and a presence. <see cref="UsePipeline"/> is false for wildcard terms,
/// which lunr never stems.
/// </summary>
public sealed class Clause
{
    public required string Term { get; set; }

    public required IReadOnlyList<string> Fields { get; init; }

    public double Boost { get; init; } = 1;

    public int? EditDistance { get; init; }

    public bool UsePipeline { get; init; } = true;

    public Presence Presence { get; init; } = Presence.Optional;
}
