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
        var runs = new List<List<Inline>>();
        CollectBlock(document, runs);
        foreach (var run in runs)
        {
            var rest = run;
            while (rest.Count > 0 && done.Count < glossary.Terms.Count)
            {
                rest = LinkFirstMatch(rest, glossary, done, linked);
            }
        }

        return linked;
    }

    private static void CollectBlock(Block block, List<List<Inline>> runs)
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
                        CollectBlock(child, runs);
                    }
                }

                break;
            case LeafBlock { Inline: { } inline } when !labelled:
                CollectInline(inline, runs);
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

    /// <summary>
    /// Collects runs of text: literals joined by soft line breaks, so a term wrapped over two source
    /// lines ("zero\npoint") is still found.
    /// </summary>
    private static void CollectInline(ContainerInline container, List<List<Inline>> runs)
    {
        var run = new List<Inline>();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    run.Add(literal);
                    break;
                case LineBreakInline { IsHard: false } when run.Count > 0:
                    run.Add(inline);
                    break;
                case LinkInline:
                    Flush(); // links, images (alt text is a caption) and glossary links already made
                    break;
                case ContainerInline child:
                    Flush();
                    CollectInline(child, runs);
                    break;
                default:
                    Flush();
                    break;
            }
        }

        Flush();

        void Flush()
        {
            if (run.Count > 0)
            {
                runs.Add(run);
                run = [];
            }
        }
    }

    /// <summary>
    /// Links the first not-yet-linked phrase in <paramref name="run"/>; returns the part of the run
    /// after the new link (to keep scanning), or an empty list when nothing more matches.
    /// </summary>
    private static List<Inline> LinkFirstMatch(List<Inline> run, GlossaryIndex glossary, HashSet<string> done, List<GlossaryTerm> linked)
    {
        var (text, starts) = Flatten(run);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue; // only at word starts
            }

            // The longest phrase at this position owns the text, even when its term is linked already:
            // the "point" inside a second "zero point" is no use of the term "point".
            foreach (var (phrase, term) in glossary.Phrases)
            {
                var end = i + phrase.Length; // exclusive
                if (end > text.Length
                    || string.Compare(text, i, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) != 0
                    || (end < text.Length && char.IsLetterOrDigit(text[end])))
                {
                    continue;
                }

                if (!done.Add(term.Id))
                {
                    i = end - 1;
                    break;
                }

                linked.Add(term);
                return Wrap(run, starts, i, end, glossary, term);
            }
        }

        return [];
    }

    /// <summary>The run's text (a line break counts as one space) and where each inline starts in it.</summary>
    private static (string Text, int[] Starts) Flatten(List<Inline> run)
    {
        var text = new System.Text.StringBuilder();
        var starts = new int[run.Count];
        for (var k = 0; k < run.Count; k++)
        {
            starts[k] = text.Length;
            if (run[k] is LiteralInline literal)
            {
                text.Append(literal.Content.AsSpan());
            }
            else
            {
                text.Append(' ');
            }
        }

        return (text.ToString(), starts);
    }

    /// <summary>Puts the text [start, end) of the run into a glossary link; returns what follows it in the run.</summary>
    private static List<Inline> Wrap(List<Inline> run, int[] starts, int start, int end, GlossaryIndex glossary, GlossaryTerm term)
    {
        var first = LiteralAt(run, starts, start);
        var last = LiteralAt(run, starts, end - 1);
        var firstLiteral = (LiteralInline)run[first];
        var lastLiteral = (LiteralInline)run[last];

        // Cut the first literal before the term and the last one after it.
        var head = SplitAt(firstLiteral, start - starts[first]);
        if (first == last)
        {
            lastLiteral = head;
        }

        var lastOffset = end - (first == last ? start : starts[last]);
        var tail = SplitAt(lastLiteral, lastOffset);
        var inside = new List<Inline> { head };
        inside.AddRange(run.Skip(first + 1).Take(last - first - 1));
        if (first != last)
        {
            inside.Add(lastLiteral);
        }

        var link = new LinkInline(glossary.Href(term), string.Empty)
        {
            IsClosed = true,
            // Positions let later stages (link checks) report the line of the term.
            Line = head.Line,
            Column = head.Column,
        };
        var attributes = link.GetAttributes();
        attributes.AddClass("glossary-term");
        attributes.AddProperty("data-definition", glossary.PlainDefinition(term));
        head.InsertBefore(link);
        foreach (var inline in inside)
        {
            inline.Remove();
            link.AppendChild(inline);
        }

        var rest = new List<Inline>();
        if (!ReferenceEquals(tail, lastLiteral))
        {
            rest.Add(tail);
        }

        rest.AddRange(run.Skip(last + 1));
        return rest;
    }

    /// <summary>The index of the literal holding character <paramref name="position"/> of the flattened run.</summary>
    private static int LiteralAt(List<Inline> run, int[] starts, int position)
    {
        for (var k = 0; k < run.Count; k++)
        {
            if (run[k] is LiteralInline literal && starts[k] <= position && position < starts[k] + literal.Content.Length)
            {
                return k;
            }
        }

        throw new InvalidOperationException("a matched word always lies in a literal"); // our bug, never input
    }

    /// <summary>
    /// Splits a literal before its character <paramref name="offset"/>: the literal keeps the text
    /// before, a new literal inserted after it holds the rest and is returned. At offset 0 (or at the
    /// end) nothing is split and the literal itself is returned.
    /// </summary>
    private static LiteralInline SplitAt(LiteralInline literal, int offset)
    {
        var content = literal.Content;
        if (offset <= 0 || offset >= content.Length)
        {
            return literal;
        }

        var rest = new LiteralInline(new StringSlice(content.Text, content.Start + offset, content.End))
        {
            Line = literal.Line,
            Column = literal.Column + offset,
        };
        literal.Content = new StringSlice(content.Text, content.Start, content.Start + offset - 1);
        literal.InsertAfter(rest);
        return rest;
    }
}
