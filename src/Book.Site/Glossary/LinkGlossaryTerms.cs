using Book.Core.Model;
using Book.Site.Markdown;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Site.Glossary;

/// <summary>
/// Stage: links the first use of each glossary term in one chapter to its definition:
/// <c>&lt;a class="glossary-term" href="glossary.html#id" data-definition="…"&gt;term&lt;/a&gt;</c>
/// (the theme turns <c>data-definition</c> into an accessible tooltip). Works on the syntax tree:
/// literal text is split around the match, so markup is never rewritten. Matching is
/// case-insensitive on whole words, longest phrase first. Headings, code, math, raw HTML, links
/// (including images and existing glossary links) and captions of figures, tables and listings are
/// never linked; the cells of a captioned table are.
/// </summary>
public static class LinkGlossaryTerms
{
    /// <summary>Links first uses in <paramref name="document"/>; returns the terms linked, in order.</summary>
    public static IReadOnlyList<GlossaryTerm> Run(MarkdownDocument document, GlossaryIndex glossary)
    {
        var linked = new List<GlossaryTerm>();
        if (glossary.Phrases.Count == 0)
        {
            return linked;
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        var literals = new List<LiteralInline>();
        CollectBlock(document, literals);
        foreach (var first in literals)
        {
            var literal = first;
            while (literal is not null && done.Count < glossary.Terms.Count)
            {
                literal = LinkFirstMatch(literal, glossary, done, linked);
            }
        }

        return linked;
    }

    private static void CollectBlock(Block block, List<LiteralInline> literals)
    {
        // Caption blocks (TableCaptionBlock, the lst-cap caption, …) are recognised by name so this
        // stage does not depend on each Markdown extension's types.
        if (block is HeadingBlock or CodeBlock or HtmlBlock || block.GetType().Name.EndsWith("CaptionBlock", StringComparison.Ordinal))
        {
            return;
        }

        var labelled = IsLabelled(block);
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    // In a figure, table or listing, paragraphs are its caption (a div figure's last
                    // paragraph); tables and nested blocks keep their glossary links.
                    if (!(labelled && child is ParagraphBlock))
                    {
                        CollectBlock(child, literals);
                    }
                }

                break;
            case LeafBlock { Inline: { } inline } when !labelled:
                CollectInline(inline, literals);
                break;
        }
    }

    // Figures, tables and listings carry an id fig-/tbl-/lst-/eq- (or a numbering label of those kinds).
    private static bool IsLabelled(Block block)
    {
        var id = block.TryGetAttributes()?.Id;
        if (id is not null && Label.KindOf(id) is LabelKind.Figure or LabelKind.Table or LabelKind.Listing or LabelKind.Equation)
        {
            return true;
        }

        return LabelData.Get(block)?.Kind is LabelKind.Figure or LabelKind.Table or LabelKind.Listing or LabelKind.Equation;
    }

    private static void CollectInline(ContainerInline container, List<LiteralInline> literals)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline:
                    break; // links, images (alt text is a caption) and glossary links already made
                case LiteralInline literal:
                    literals.Add(literal);
                    break;
                case ContainerInline child:
                    CollectInline(child, literals);
                    break;
            }
        }
    }

    /// <summary>Links the first not-yet-linked phrase in <paramref name="literal"/>; returns the literal after the link to keep scanning, or null.</summary>
    private static LiteralInline? LinkFirstMatch(LiteralInline literal, GlossaryIndex glossary, HashSet<string> done, List<GlossaryTerm> linked)
    {
        var content = literal.Content;
        var text = content.Text;
        if (text is null || content.Length == 0)
        {
            return null;
        }

        for (var i = content.Start; i <= content.End; i++)
        {
            if (i > content.Start && char.IsLetterOrDigit(text[i - 1]))
            {
                continue; // only at word starts
            }

            // The longest phrase at this position owns the text, even when its term is linked already:
            // the "point" inside a second "zero point" is no use of the term "point".
            foreach (var (phrase, term) in glossary.Phrases)
            {
                var end = i + phrase.Length; // exclusive
                if (end - 1 > content.End
                    || string.Compare(text, i, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) != 0
                    || (end <= content.End && char.IsLetterOrDigit(text[end])))
                {
                    continue;
                }

                if (!done.Add(term.Id))
                {
                    i = end - 1;
                    break;
                }

                linked.Add(term);
                return Split(literal, i, end, glossary, term);
            }
        }

        return null;
    }

    private static LiteralInline? Split(LiteralInline literal, int start, int end, GlossaryIndex glossary, GlossaryTerm term)
    {
        var content = literal.Content;
        // Positions let later stages (link checks) report the line of the term.
        var link = new LinkInline(glossary.Href(term), string.Empty)
        {
            IsClosed = true,
            Line = literal.Line,
            Column = literal.Column + (start - content.Start),
        };
        var attributes = link.GetAttributes();
        attributes.AddClass("glossary-term");
        attributes.AddProperty("data-definition", glossary.PlainDefinition(term));
        link.AppendChild(new LiteralInline(new StringSlice(content.Text, start, end - 1)));

        LiteralInline? after = end <= content.End
            ? new LiteralInline(new StringSlice(content.Text, end, content.End)) { Line = literal.Line, Column = literal.Column + (end - content.Start) }
            : null;
        if (start > content.Start)
        {
            literal.Content = new StringSlice(content.Text, content.Start, start - 1);
            literal.InsertAfter(link);
        }
        else
        {
            literal.ReplaceBy(link);
        }

        if (after is not null)
        {
            link.InsertAfter(after);
        }

        return after;
    }
}
