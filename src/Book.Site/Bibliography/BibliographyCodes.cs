namespace Book.Site.Bibliography;

/// <summary>
/// Diagnostic codes of the bibliography, citations and glossary (BK5xx; BK50x BibTeX syntax,
/// BK52x citations, BK55x glossary). Other stages use other hundreds.
/// </summary>
public static class BibliographyCodes
{
    public const string MalformedEntry = "BK501";
    public const string DuplicateKey = "BK502";
    public const string UndefinedMacro = "BK503";
    public const string DuplicateField = "BK504";
    public const string UnbalancedBraces = "BK505";
    public const string MissingFile = "BK506";

    public const string UnknownCitation = "BK520";

    public const string MalformedGlossary = "BK550";
    public const string DuplicateGlossaryTerm = "BK551";
}
