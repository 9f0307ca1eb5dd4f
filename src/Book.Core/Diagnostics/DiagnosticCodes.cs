namespace Book.Core.Diagnostics;

/// <summary>
/// Codes of the diagnostics raised by configuration, loading, numbering, cross-references,
/// rendering and writing (BK001–BK049). Other parts of the tool (Markdown extensions,
/// bibliography, quizzes, grader) keep their own ranges beside their code.
/// A code never changes meaning once released: scripts and CI annotations match on it.
/// </summary>
public static class DiagnosticCodes
{
    public const string ConfigNotFound = "BK001";
    public const string MalformedYaml = "BK002";
    public const string UnknownKey = "BK003";
    public const string WrongType = "BK004";
    public const string MissingFile = "BK005";
    public const string MissingKey = "BK006";
    public const string PathEscapesBook = "BK007";
    public const string InvalidUtf8 = "BK008";
    public const string MalformedFrontMatter = "BK009";
    public const string DuplicateChapter = "BK010";
    public const string DuplicateLabel = "BK011";
    public const string UnknownCrossReference = "BK012";
    public const string MissingImage = "BK013";
    public const string MissingInclude = "BK014";
    public const string LinkOutsideBook = "BK015";
    public const string UnclosedFence = "BK016";
    public const string UnclosedDiv = "BK017";
    public const string DuplicatePageUrl = "BK018";
    public const string MissingTitle = "BK019";
    public const string WrongLabelKind = "BK020";
    public const string OutputNotWritable = "BK021";
    public const string UnknownReference = "BK022";
}
