namespace Book.Site.Bibliography;

/// <summary>
/// One BibTeX entry. <see cref="RawFields"/> keep the value as written after macro expansion and
/// concatenation (braces and LaTeX intact: name splitting needs the braces); <see cref="Field"/> gives
/// the Unicode text a reader sees.
/// </summary>
/// <param name="Key">The citation key, case preserved (BibTeX compares keys case-insensitively).</param>
/// <param name="Type">The entry type in lower case: <c>article</c>, <c>inproceedings</c>, …</param>
/// <param name="SourceFile">The .bib file as it should appear in diagnostics.</param>
/// <param name="Line">1-based line of the '@'.</param>
public sealed class BibEntry(string key, string type, IReadOnlyDictionary<string, string> rawFields, string sourceFile, int line)
{
    private IReadOnlyList<Person>? _authors;
    private IReadOnlyList<Person>? _editors;
    private Dictionary<string, string>? _text;

    public string Key { get; } = key;

    public string Type { get; } = type;

    /// <summary>Field name (lower case) → raw value.</summary>
    public IReadOnlyDictionary<string, string> RawFields { get; } = rawFields;

    public string SourceFile { get; } = sourceFile;

    public int Line { get; } = line;

    /// <summary>The field as plain Unicode text (LaTeX decoded, protective braces removed), or "" when absent.</summary>
    public string Field(string name)
    {
        // Decoded once per entry: formatting and sorting ask for the same fields many times. A race
        // between threads only decodes twice; both results are equal.
        _text ??= RawFields.ToDictionary(f => f.Key, f => LaTeXText.ToUnicode(f.Value), StringComparer.Ordinal);
        return _text.GetValueOrDefault(name, string.Empty);
    }

    public bool Has(string name) => RawFields.TryGetValue(name, out var raw) && raw.Trim().Length > 0;

    public IReadOnlyList<Person> Authors => _authors ??= ParseNames.List(RawFields.GetValueOrDefault("author", string.Empty));

    public IReadOnlyList<Person> Editors => _editors ??= ParseNames.List(RawFields.GetValueOrDefault("editor", string.Empty));

    /// <summary>True when the author list ended in <c>and others</c>.</summary>
    public bool AuthorsTruncated => ParseNames.EndsWithOthers(RawFields.GetValueOrDefault("author", string.Empty));

    /// <summary>The year from <c>year</c>, else the first four digits of <c>date</c>; "n.d." when neither.</summary>
    public string Year
    {
        get
        {
            var year = Field("year").Trim();
            if (year.Length > 0)
            {
                return year;
            }

            var date = Field("date").Trim();
            return date.Length >= 4 && date[..4].All(char.IsAsciiDigit) ? date[..4] : "n.d.";
        }
    }
}
