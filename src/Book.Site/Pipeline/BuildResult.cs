using Book.Core.Diagnostics;
using Book.Site.Model;
using Book.Site.Search;
using Book.Site.Writing;

namespace Book.Site.Pipeline;

/// <summary>The outcome of a build: the resolved book, the site's files, search documents and diagnostics.</summary>
public sealed record BuildResult(
    BookModel? Book,
    SiteOutput Output,
    IReadOnlyList<SearchDocument> SearchDocuments,
    DiagnosticBag Diagnostics,
    string OutputDirectory,
    bool Written)
{
    public bool Succeeded(bool warningsAsErrors) =>
        !Diagnostics.HasErrors && !(warningsAsErrors && Diagnostics.WarningCount > 0);
}
