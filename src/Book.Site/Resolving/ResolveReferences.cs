using Book.Core.Diagnostics;
using Book.Core.Model;
using Book.Core.Text;
using Book.Site.Glossary;
using Book.Site.Markdown.Extensions.Citations;
using Book.Site.Markdown.Extensions.CrossReferences;
using Book.Site.Model;
using Markdig;
using Markdig.Syntax;

namespace Book.Site.Resolving;

/// <summary>
/// Stage 3: resolves every cross-reference against the book's label table (across chapters) and
/// the configured external labels; an unknown label is an error naming the nearest existing one.
/// Citations and glossary terms are resolved here too, by their own resolvers.
/// </summary>
public static class ResolveReferences
{
    public static void Run(BookModel book, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        LoadBibliographies.Run(book, diagnostics);
        var glossary = LoadGlossary(book, pipeline, diagnostics);
        Parallel.ForEach(book.Chapters, chapter =>
        {
            ResolveCrossReferences(book, chapter, diagnostics);
            ResolveCitationsAndTerms(book, chapter, glossary, diagnostics);
        });
    }

    /// <summary>One chapter's citations and glossary terms (not idempotent: terms are linked in the syntax tree).</summary>
    public static void ResolveCitationsAndTerms(BookModel book, Chapter chapter, GlossaryIndex? glossary, DiagnosticBag diagnostics)
    {
        // The reference list ends the chapter: on a split chapter's last page, which citations on earlier pages link.
        var referencesPage = chapter.Pages.Count > 1 ? chapter.Pages[^1].Url : "";
        chapter.CitedKeys = ResolveCitations.Run(chapter.Document, chapter.Bibliography, chapter.DisplayPath, diagnostics, referencesPage);
        var items = chapter.Document.Descendants<CitationInline>().SelectMany(c => c.Items).ToList();
        book.Counts.AddCitations(items.Count(i => i.Entry is not null), items.Count(i => i.Entry is null));
        if (glossary is not null)
        {
            LinkGlossaryTerms.Run(chapter.Document, glossary);
        }
    }

    /// <summary>Reads site.yml's glossary (into <see cref="BookModel.GlossaryTerms"/>) and indexes its terms; null when there is none.</summary>
    public static GlossaryIndex? LoadGlossary(BookModel book, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        if (book.Config.Glossary is not { } path)
        {
            return null;
        }

        book.GlossaryTerms = ReadGlossary.FromFile(path, diagnostics, Book.Core.Config.ReadSiteConfig.DisplayName(path));
        return GlossaryIndex.Create(book.GlossaryTerms, pipeline);
    }

    /// <summary>Points one chapter's cross-references at the book's labels (idempotent; <c>book serve</c> re-runs it when a label changes).</summary>
    public static void ResolveCrossReferences(BookModel book, Chapter chapter, DiagnosticBag diagnostics)
    {
        foreach (var reference in chapter.Document.Descendants<CrossReferenceInline>())
        {
            var targets = new object?[reference.Ids.Count];
            for (var i = 0; i < targets.Length; i++)
            {
                var id = reference.Ids[i];
                targets[i] = book.Labels.TryGetValue(id, out var label) ? label
                    : book.Config.ExternalLabels.TryGetValue(id, out var external) ? external
                    : null;
                book.Counts.AddCrossReference(targets[i] is not null, targets[i] is Book.Core.Config.ExternalLabel);
                if (targets[i] is null)
                {
                    Report(book, chapter, reference, id, diagnostics);
                }
            }

            reference.Targets = targets;
        }
    }

    private static void Report(BookModel book, Chapter chapter, CrossReferenceInline reference, string id, DiagnosticBag diagnostics)
    {
        var kind = Label.KindOf(id);
        var sameKind = book.Labels.Values.Where(l => Label.KindOf(l.Id) == kind).Select(l => l.Id);
        var nearest = NearestName.FindAny(id, sameKind);
        var hint = nearest is null
            ? $"no {Label.KindName(kind ?? LabelKind.Section).ToLowerInvariant()} label exists yet; add {{#{id}}} to the element"
            : $"did you mean '@{nearest}'?";
        var (file, line) = chapter.Locate(reference.Line);
        diagnostics.Error(DiagnosticCodes.UnknownCrossReference, file, line, reference.Column + 1,
            $"unknown cross-reference '@{id}'; {hint}");
    }
}
