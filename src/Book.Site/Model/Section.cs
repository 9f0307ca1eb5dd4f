using Markdig.Syntax;

namespace Book.Site.Model;

/// <summary>An h2 or h3 of a chapter: the unit of the page contents and of search.</summary>
/// <param name="Level">2 or 3.</param>
/// <param name="Id">The heading's id (its anchor).</param>
/// <param name="Number">"3.2" or "3.2.1"; empty when unnumbered.</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Heading">The heading in the chapter's syntax tree.</param>
public sealed record Section(int Level, string Id, string Number, string Title, HeadingBlock Heading);
