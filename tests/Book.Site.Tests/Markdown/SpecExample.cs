namespace Book.Site.Tests.Markdown;

/// <summary>
/// One example of a spec file: Markdown in, HTML out, and optionally the diagnostics the parse must report
/// (one per line, as printed: <c>input.md(3,1): warning BK210: …</c>).
/// </summary>
public sealed record SpecExample(string File, int Number, int Line, string Markdown, string Html, IReadOnlyList<string>? Diagnostics)
{
    /// <summary>Where the example's expected HTML starts and ends in the file (0-based line indexes), for blessing.</summary>
    public (int Start, int End) HtmlLines { get; init; }

    /// <summary>Where the diagnostics section is, or (-1, -1) when absent.</summary>
    public (int Start, int End) DiagnosticLines { get; init; } = (-1, -1);
}
