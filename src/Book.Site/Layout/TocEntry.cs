namespace Book.Site.Layout;

/// <summary>One entry of a page's "On this page" contents (h2 and h3).</summary>
public sealed record TocEntry(int Level, string Number, string Title, string Anchor);
