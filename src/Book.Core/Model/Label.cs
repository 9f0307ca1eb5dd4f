namespace Book.Core.Model;

/// <summary>
/// A numbered, referable element of the book: a chapter, section, figure, table, listing or equation.
/// </summary>
/// <param name="Id">The label as written, without '#': <c>fig-roofline</c>.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Number">"3", "3.2", "3.2.1"; empty when unnumbered (front matter, <c>.unnumbered</c>).</param>
/// <param name="Title">Plain-text title or caption (for link titles, search, tooltips).</param>
/// <param name="PageUrl">Site-relative URL of the page that holds it: <c>quantization.html</c>.</param>
/// <param name="SourceFile">Book-relative source path, for diagnostics.</param>
/// <param name="Line">1-based line of the definition.</param>
public sealed record Label(
    string Id,
    LabelKind Kind,
    string Number,
    string Title,
    string PageUrl,
    string SourceFile,
    int Line)
{
    /// <summary>Site-relative link to the element: <c>quantization.html#fig-roofline</c>.</summary>
    public string Href => Kind == LabelKind.Chapter ? PageUrl : $"{PageUrl}#{Id}";

    /// <summary>What a cross-reference shows: "Figure 3.2", "Section 4.1", "Chapter 3", "Equation 2.1".</summary>
    public string DisplayText => Number.Length == 0 ? Title : $"{KindName(Kind)} {Number}";

    public static string KindName(LabelKind kind) => kind switch
    {
        LabelKind.Chapter => "Chapter",
        LabelKind.Section => "Section",
        LabelKind.Figure => "Figure",
        LabelKind.Table => "Table",
        LabelKind.Listing => "Listing",
        LabelKind.Equation => "Equation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind named by an id's prefix (<c>fig-</c>, <c>tbl-</c>, …), or null if it is no label.</summary>
    public static LabelKind? KindOf(string id) =>
        id.StartsWith("sec-", StringComparison.Ordinal) ? LabelKind.Section
        : id.StartsWith("fig-", StringComparison.Ordinal) ? LabelKind.Figure
        : id.StartsWith("tbl-", StringComparison.Ordinal) ? LabelKind.Table
        : id.StartsWith("lst-", StringComparison.Ordinal) ? LabelKind.Listing
        : id.StartsWith("eq-", StringComparison.Ordinal) ? LabelKind.Equation
        : null;
}
