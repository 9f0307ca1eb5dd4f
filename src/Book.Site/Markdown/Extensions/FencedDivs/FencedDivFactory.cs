using Markdig.Renderers.Html;

namespace Book.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// Lets a feature claim the divs it gives a meaning (callouts, figures, …): called with the parsed
/// attributes of each opening fence; returns the feature's block, or null to leave the div to others.
/// </summary>
public delegate FencedDivBlock? FencedDivFactory(FencedDivParser parser, HtmlAttributes attributes, int line, int column);
