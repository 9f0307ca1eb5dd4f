using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigMarkdown = Markdig.Markdown;

namespace Book.Site.Glossary;

/// <summary>
/// The glossary prepared for linking, built once per build and shared by all chapters: every term
/// and alias as a phrase (longest first, so "zero point" wins over "point"), the link target and the
/// plain-text definition for the tooltip.
/// </summary>
public sealed class GlossaryIndex
{
    private GlossaryIndex(IReadOnlyList<GlossaryTerm> terms, IReadOnlyList<(string Phrase, GlossaryTerm Term)> phrases,
        IReadOnlyDictionary<string, string> plain, string glossaryPage)
    {
        Terms = terms;
        Phrases = phrases;
        _plainDefinitions = plain;
        GlossaryPage = glossaryPage;
    }

    private readonly IReadOnlyDictionary<string, string> _plainDefinitions;

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>Terms and aliases, longest first.</summary>
    public IReadOnlyList<(string Phrase, GlossaryTerm Term)> Phrases { get; }

    /// <summary>Site-relative URL of the glossary page.</summary>
    public string GlossaryPage { get; }

    /// <param name="pipeline">The book's pipeline: definitions are Markdown.</param>
    public static GlossaryIndex Create(IReadOnlyList<GlossaryTerm> terms, MarkdownPipeline pipeline, string glossaryPage = "glossary.html")
    {
        var phrases = terms
            .SelectMany(t => new[] { t.Term }.Concat(t.Aliases).Select(p => (Phrase: p, Term: t)))
            .Where(p => p.Phrase.Length > 0)
            .OrderByDescending(p => p.Phrase.Length)
            .ThenBy(p => p.Phrase, StringComparer.Ordinal)
            .ToList();
        var plain = terms.ToDictionary(t => t.Id, t => PlainText(t.Definition, pipeline), StringComparer.Ordinal);
        return new GlossaryIndex(terms, phrases, plain, glossaryPage);
    }

    public string Href(GlossaryTerm term) => $"{GlossaryPage}#{term.Id}";

    public string PlainDefinition(GlossaryTerm term) => _plainDefinitions.GetValueOrDefault(term.Id, term.Definition);

    /// <summary>The text of a Markdown fragment without markup, whitespace collapsed (for a tooltip attribute).</summary>
    public static string PlainText(string markdown, MarkdownPipeline pipeline)
    {
        var document = MarkdigMarkdown.Parse(markdown, pipeline);
        var words = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            words.Add(" ");
            if (block.Inline is null)
            {
                words.Add(block.Lines.ToString()); // code blocks keep their text
                continue;
            }

            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        words.Add(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        words.Add(code.Content);
                        break;
                    case LineBreakInline:
                        words.Add(" ");
                        break;
                }
            }
        }

        return string.Join(' ', string.Concat(words).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
