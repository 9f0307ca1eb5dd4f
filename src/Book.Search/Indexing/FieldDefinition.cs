namespace Book.Search.Indexing;

/// <summary>A field of the index and its boost (lunr: <c>builder.field(name, { boost })</c>; 0 or absent means 1).</summary>
public sealed record FieldDefinition(string Name, double Boost = 1);
