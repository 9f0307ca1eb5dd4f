namespace Book.Site.Glossary;

/// <summary>One entry of <c>book/glossary.yml</c>.</summary>
/// <param name="Term">The term as it should appear on the glossary page ("zero point").</param>
/// <param name="Id">The anchor on the glossary page (<c>glossary.html#zero-point</c>).</param>
/// <param name="Aliases">Other spellings that also link ("zero-point", "zero points").</param>
/// <param name="Definition">Markdown.</param>
/// <param name="SourceFile">The YAML file as diagnostics show it.</param>
/// <param name="Line">1-based line of the entry.</param>
public sealed record GlossaryTerm(
    string Term,
    string Id,
    IReadOnlyList<string> Aliases,
    string Definition,
    string SourceFile,
    int Line);
