namespace Book.Site.Bibliography;

/// <summary>
/// One name of an author or editor list, already converted from LaTeX to Unicode.
/// </summary>
/// <param name="Family">Family name with its particle ("van der Berg"), or the whole name of an institution.</param>
/// <param name="Given">Given names ("Ashish", "J. R."); empty for institutions and mononyms.</param>
/// <param name="Suffix">"Jr.", "III"; usually empty.</param>
/// <param name="IsInstitution">Written in protective braces (<c>{Google Research}</c>): never split or inverted.</param>
public sealed record Person(string Family, string Given, string Suffix = "", bool IsInstitution = false)
{
    /// <summary>"Vaswani, Ashish" — the first name of a reference-list entry.</summary>
    public string Inverted =>
        IsInstitution || Given.Length == 0 ? Family + SuffixPart : $"{Family}, {Given}{SuffixPart}";

    /// <summary>"Ashish Vaswani" — the following names of a reference-list entry.</summary>
    public string Natural =>
        IsInstitution || Given.Length == 0 ? Family + SuffixPart : $"{Given} {Family}{SuffixPart}";

    private string SuffixPart => Suffix.Length == 0 ? string.Empty : ", " + Suffix;
}
