namespace Book.Site.Checking;

/// <summary>
/// Codes of what <c>book check</c> finds beyond the build's own diagnostics (BK050–BK069).
/// A code never changes meaning once released: CI annotations and scripts match on it.
/// </summary>
public static class CheckCodes
{
    public const string UnknownAnchor = "BK050";
    public const string UnknownPage = "BK051";
    public const string MalformedUrl = "BK052";
    public const string UnreachableUrl = "BK053";
    public const string MissingAltText = "BK054";
    public const string UnusedBibEntry = "BK055";
    public const string OrphanFile = "BK056";
    public const string InvalidExercise = "BK057";
}
