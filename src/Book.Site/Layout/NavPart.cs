namespace Book.Site.Layout;

/// <summary>A part of the book in the sidebar; front and back matter are parts with an empty title.</summary>
public sealed record NavPart(string Title, IReadOnlyList<NavLink> Chapters);
