using Book.Core.Diagnostics;
using Markdig.Syntax;

namespace Book.Site.Markdown;

/// <summary>
/// Diagnostics found while parsing one Markdown document, attached to its <see cref="MarkdownDocument"/>.
/// Parsers run per document (possibly many documents in parallel), so the list lives on the document,
/// never in a parser field. The file name is unknown to the parser: diagnostics are stored with an empty
/// file and <see cref="For"/> stamps the caller's path on them.
/// </summary>
public static class MarkdownDiagnostics
{
    private static readonly object Key = typeof(MarkdownDiagnostics);

    /// <summary>Reports a problem at a 0-based Markdig line and column (stored 1-based).</summary>
    public static void Report(MarkdownDocument document, Severity severity, string code, int line, int column, string message)
    {
        if (document.GetData(Key) is not List<Diagnostic> list)
        {
            list = [];
            document.SetData(Key, list);
        }

        list.Add(new Diagnostic(severity, code, string.Empty, line + 1, column + 1, message));
    }

    public static void Warning(MarkdownDocument document, string code, int line, int column, string message) =>
        Report(document, Severity.Warning, code, line, column, message);

    public static void Error(MarkdownDocument document, string code, int line, int column, string message) =>
        Report(document, Severity.Error, code, line, column, message);

    /// <summary>The document's diagnostics with <paramref name="file"/> as their file, in source order.</summary>
    public static IReadOnlyList<Diagnostic> For(MarkdownDocument document, string file) =>
        document.GetData(Key) is List<Diagnostic> list
            ? list.Select(d => d with { File = file }).OrderBy(d => d.Line).ThenBy(d => d.Column).ToList()
            : [];
}
