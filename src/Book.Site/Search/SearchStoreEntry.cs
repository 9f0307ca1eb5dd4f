namespace Book.Site.Search;

/// <summary>What a search result displays: chapter › section and a snippet of the section's text.</summary>
public sealed record SearchStoreEntry(string Chapter, string Section, string Text);
