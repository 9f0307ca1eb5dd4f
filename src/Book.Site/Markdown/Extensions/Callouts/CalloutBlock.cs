using Book.Site.Markdown.Extensions.FencedDivs;
using Markdig.Parsers;

namespace Book.Site.Markdown.Extensions.Callouts;

/// <summary>A Quarto callout <c>::: {.callout-note title="…" collapse="true"}</c>.</summary>
public sealed class CalloutBlock(BlockParser parser) : FencedDivBlock(parser)
{
    /// <summary>The name after <c>callout-</c>: note, tip, warning, important, caution, or a book's own (definition, example).</summary>
    public string Kind { get; set; } = "note";

    /// <summary>Null: not collapsible; true: collapsed (<c>collapse="true"</c>); false: collapsible, open.</summary>
    public bool? Collapsed { get; set; }

    /// <summary>The title shown when the author gave none: "Note", "Definition".</summary>
    public string DefaultTitle => Kind.Length == 0 ? "Note" : char.ToUpperInvariant(Kind[0]) + Kind[1..].Replace('-', ' ');
}
