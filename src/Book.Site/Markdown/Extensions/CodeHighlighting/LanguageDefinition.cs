namespace Book.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// What the lexer of <see cref="Highlighter"/> needs to know about one language. Data, not code: adding a
/// language is adding an entry to <see cref="Languages"/>.
/// </summary>
public sealed record LanguageDefinition
{
    /// <summary>Names and aliases as written after the fence (<c>python</c>, <c>py</c>).</summary>
    public required string[] Names { get; init; }

    public string[] LineComments { get; init; } = [];

    public (string Open, string Close)? BlockComment { get; init; }

    /// <summary>Quote characters that delimit strings on one line (with backslash escapes).</summary>
    public string StringQuotes { get; init; } = "\"'";

    /// <summary>Python's <c>"""</c> and <c>'''</c>, which may span lines.</summary>
    public bool TripleQuotedStrings { get; init; }

    /// <summary>C#'s <c>@"…"</c> (no escapes, may span lines).</summary>
    public bool VerbatimStrings { get; init; }

    public IReadOnlySet<string> Keywords { get; init; } = new HashSet<string>();

    /// <summary>Built-in types and functions (hljs <c>built_in</c>/<c>type</c>).</summary>
    public IReadOnlySet<string> Types { get; init; } = new HashSet<string>();

    /// <summary>true, false, null, None …</summary>
    public IReadOnlySet<string> Literals { get; init; } = new HashSet<string>();

    public bool CaseInsensitiveWords { get; init; }

    /// <summary>C/C++/C#: a line starting with <c>#</c> is a preprocessor directive.</summary>
    public bool PreprocessorLines { get; init; }

    /// <summary>Python decorators and C# attributes written <c>@name</c>.</summary>
    public bool Decorators { get; init; }

    /// <summary>Shell: <c>$VAR</c>, <c>${VAR}</c>, <c>$1</c>; <c>#</c> starts a comment only at a word start.</summary>
    public bool ShellSyntax { get; init; }

    /// <summary>YAML: <c>key:</c> at the start of a line (after indentation and <c>- </c>) is a key.</summary>
    public bool YamlKeys { get; init; }

    /// <summary>JSON: a string followed by <c>:</c> is a key.</summary>
    public bool JsonKeys { get; init; }
}
