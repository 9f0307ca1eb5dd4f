namespace Book.Site.Layout;

/// <summary>One file of the theme as published.</summary>
/// <param name="LogicalName">What templates ask for: <c>site.css</c>, <c>fonts/KaTeX_Main-Regular.woff2</c>.</param>
/// <param name="Url">Site-relative, with the content hash: <c>assets/site.3f2a1b9c0d.css</c>.</param>
/// <param name="Content">The bytes to write.</param>
public sealed record ThemeAsset(string LogicalName, string Url, byte[] Content);
