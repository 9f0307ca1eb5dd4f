namespace Book.Site.Search;

/// <summary>
/// One search document of the site: a section (h2/h3) of a page, or a page's lead text.
/// </summary>
/// <param name="Ref">The section's site-relative URL with its anchor: <c>quantization.html#sec-affine</c>.</param>
/// <param name="Chapter">The chapter title (boosted).</param>
/// <param name="Section">The section title (boosted).</param>
/// <param name="Body">The section's plain text, without markup.</param>
public sealed record SearchDocument(string Ref, string Chapter, string Section, string Body);
