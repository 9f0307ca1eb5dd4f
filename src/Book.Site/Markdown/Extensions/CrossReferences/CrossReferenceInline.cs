using Book.Core.Config;
using Book.Core.Model;
using Markdig.Syntax.Inlines;

namespace Book.Site.Markdown.Extensions.CrossReferences;

/// <summary>
/// <c>@fig-x</c> or <c>[@fig-x; @tbl-y]</c>: a reference to labelled elements. The parser records the
/// ids; the ResolveReferences stage fills <see cref="Targets"/> once every chapter is numbered.
/// </summary>
public sealed class CrossReferenceInline : LeafInline
{
    public required IReadOnlyList<string> Ids { get; init; }

    /// <summary>Written in brackets (<c>[@fig-x]</c>) rather than inline in the sentence.</summary>
    public bool Bracketed { get; init; }

    /// <summary>0-based source line and column of the '@' (or '['), as Markdig counts.</summary>
    public new int Line { get; init; }

    public new int Column { get; init; }

    /// <summary>One entry per id once resolved: a label of this book, an external label, or null (unresolved).</summary>
    public IReadOnlyList<object?> Targets { get; set; } = [];

    public static string Href(object? target) => target switch
    {
        Label label => label.Href,
        ExternalLabel external => external.Url,
        _ => "",
    };

    public static string Text(object? target) => target switch
    {
        Label label => label.DisplayText,
        ExternalLabel external => external.Title,
        _ => "",
    };
}
