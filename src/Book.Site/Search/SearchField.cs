namespace Book.Site.Search;

/// <summary>A field of the site's search index: one of <c>chapter</c>, <c>section</c>, <c>body</c>, with a boost.</summary>
public sealed record SearchField(string Name, double Boost);
