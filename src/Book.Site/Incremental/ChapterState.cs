using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Core.Model;
using Book.Site.Glossary;
using Book.Site.Loading;
using Book.Site.Markdown.Extensions.CrossReferences;
using Book.Site.Model;
using Book.Site.Numbering;
using Book.Site.Quizzes;
using Book.Site.Rendering;
using Book.Site.Resolving;
using Book.Site.Search;
using Book.Site.Splitting;
using Markdig;
using Markdig.Syntax;

namespace Book.Site.Incremental;

/// <summary>
/// What the preview keeps of one chapter between rebuilds: the parsed, numbered, resolved and rendered
/// chapter, its labels, the labels it refers to, and its diagnostics stage by stage, so that a stage
/// re-run for this chapter replaces exactly what that stage reported before.
/// </summary>
public sealed class ChapterState
{
    private Lazy<IReadOnlyList<SearchDocument>> _searchDocuments = new(() => []);

    private ChapterState(ChapterRef source, PartConfig? part, Chapter chapter, DiagnosticBag loading)
    {
        Source = source;
        Part = part;
        Chapter = chapter;
        Loading = loading;
    }

    public ChapterRef Source { get; }

    public PartConfig? Part { get; }

    public Chapter Chapter { get; }

    /// <summary>The chapter's labels in document order, with the column each is written at.</summary>
    public List<(Label Label, int Column)> Labels { get; private set; } = [];

    /// <summary>Every label id the chapter cross-references (resolved or not).</summary>
    public HashSet<string> ReferencedIds { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Local files (images) the page needs: absolute source → site path.</summary>
    public IReadOnlyDictionary<string, string> Files { get; private set; } = new Dictionary<string, string>();

    /// <summary>The chapter's search documents, collected when first asked for (by the background indexing, off the reload's path).</summary>
    public IReadOnlyList<SearchDocument> SearchDocuments => _searchDocuments.Value;

    /// <summary>Quiz questions in the chapter (the progress page lists chapters with quizzes).</summary>
    public int QuestionCount { get; private set; }

    public DiagnosticBag Loading { get; }

    public DiagnosticBag Numbering { get; private set; } = new();

    public DiagnosticBag CrossReferences { get; private set; } = new();

    public DiagnosticBag Citations { get; private set; } = new();

    public DiagnosticBag Rendering { get; private set; } = new();

    /// <summary>True when some cross-reference of the chapter names no label (its hint names the nearest label).</summary>
    public bool HasUnresolved => CrossReferences.ErrorCount > 0;

    public IEnumerable<Diagnostic> Diagnostics =>
        Loading.Items.Concat(Numbering.Items).Concat(CrossReferences.Items).Concat(Citations.Items).Concat(Rendering.Items);

    /// <summary>Reads and parses the chapter: the only step that touches the file system.</summary>
    public static ChapterState Load(SiteConfig config, ChapterRef source, PartConfig? part, MarkdownPipeline pipeline)
    {
        var loading = new DiagnosticBag();
        var chapter = LoadBook.LoadChapter(config, source, part, pipeline, loading);
        return new ChapterState(source, part, chapter, loading);
    }

    /// <summary>
    /// Names and numbers the chapter (its chapter number set by the caller, from its place in the book),
    /// then cuts it into pages, its labels pointing at theirs (as SplitChapters does in a full build).
    /// </summary>
    public void Number(SiteConfig config)
    {
        Numbering = new DiagnosticBag();
        var labels = NumberAndLabel.LabelChapter(Chapter, Numbering);
        SplitChapters.SplitChapter(Chapter, config);
        Labels = SplitChapters.Relocate(Chapter, labels);
    }

    /// <summary>Points the cross-references at the book's current labels (re-run when a referenced label changes).</summary>
    public void ResolveCrossReferences(BookModel book)
    {
        CrossReferences = new DiagnosticBag();
        ResolveReferences.ResolveCrossReferences(book, Chapter, CrossReferences);
    }

    /// <summary>Citations and glossary terms: once per parse, they change the syntax tree.</summary>
    public void ResolveCitationsAndTerms(BookModel book, GlossaryIndex? glossary)
    {
        Citations = new DiagnosticBag();
        ResolveReferences.ResolveCitationsAndTerms(book, Chapter, glossary, Citations);
        ReferencedIds = Chapter.Document.Descendants<CrossReferenceInline>().SelectMany(r => r.Ids).ToHashSet(StringComparer.Ordinal);
        QuestionCount = QuizPlacement.CountQuestions(Chapter.Document);
    }

    /// <summary>Links rewritten and the body rendered: once per parse (link rewriting changes the syntax tree).</summary>
    public void Render(BookModel book, MarkdownPipeline pipeline, Exercises.ExerciseCatalog exercises)
    {
        Rendering = new DiagnosticBag();
        Files = RenderPages.RenderChapter(book, Chapter, pipeline, Rendering);
        Exercises.RenderExercisePages.AddChapterList(Chapter, exercises);
        // Section text does not depend on resolved cross-references, so collecting it later reads the same.
        _searchDocuments = new Lazy<IReadOnlyList<SearchDocument>>(() => CollectSearchDocuments.Collect(Chapter).ToList());
    }

    /// <summary>Renders the body again from the rewritten tree (a label it shows changed elsewhere).</summary>
    public void RenderAgain(MarkdownPipeline pipeline, Exercises.ExerciseCatalog exercises)
    {
        RenderPages.RenderBody(Chapter, pipeline);
        Exercises.RenderExercisePages.AddChapterList(Chapter, exercises);
    }
}
