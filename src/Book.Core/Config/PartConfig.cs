namespace Book.Core.Config;

/// <summary>A part of the book: a title and its chapters in order.</summary>
public sealed record PartConfig(string Title, IReadOnlyList<ChapterRef> Chapters);
