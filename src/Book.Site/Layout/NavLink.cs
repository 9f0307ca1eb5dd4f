namespace Book.Site.Layout;

/// <summary>A link in the sidebar, breadcrumbs or previous/next.</summary>
/// <param name="Title">Plain-text title.</param>
/// <param name="Number">"3" for chapter 3; empty when unnumbered.</param>
/// <param name="Url">Site-relative URL: <c>quantization.html</c>.</param>
public sealed record NavLink(string Title, string Number, string Url);
