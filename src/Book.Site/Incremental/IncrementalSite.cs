using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Core.Model;
using Book.Site.Exercises;
using Book.Site.Glossary;
using Book.Site.Layout;
using Book.Site.Loading;
using Book.Site.Markdown;
using Book.Site.Markdown.Extensions.Shortcodes;
using Book.Site.Model;
using Book.Site.Numbering;
using Book.Site.Pipeline;
using Book.Site.Rendering;
using Book.Site.Resolving;
using Book.Site.Search;
using Book.Site.Writing;
using Markdig;

namespace Book.Site.Incremental;

/// <summary>
/// The site <c>book serve</c> keeps in memory: the book model after every stage (parsed chapters, labels,
/// resolved references, rendered bodies), the generated pages, the page views and the laid-out pages,
/// so that an edit to one chapter redoes only what it affects (<see cref="Update"/>). The full build here
/// runs the same stages as <see cref="BuildSite"/>, chapter by chapter, keeping each chapter's diagnostics
/// apart; the incremental equality tests hold both to byte-equal pages.
/// </summary>
public sealed class IncrementalSite
{
    private readonly BuildOptions _options;
    private readonly ExerciseCatalog _exercises;
    private readonly MarkdownPipeline _pipeline;
    private readonly BookModel _book;
    private readonly Chapter[] _chapters;
    private readonly ChapterState[] _states;
    private readonly GlossaryIndex? _glossary;
    private readonly ApplyLayout _layout;
    private readonly IReadOnlyDictionary<string, string> _assets;
    private readonly DiagnosticBag _site;
    private readonly DiagnosticBag _layoutDiagnostics;
    private DiagnosticBag _labels;
    private DiagnosticBag _exercisePages;
    private IReadOnlyList<GeneratedPage> _generated;
    private SiteView _view;

    private IncrementalSite(BuildOptions options, ExerciseCatalog exercises, MarkdownPipeline pipeline, BookModel book, Chapter[] chapters,
        ChapterState[] states, GlossaryIndex? glossary, ApplyLayout layout, IReadOnlyDictionary<string, string> assets, DiagnosticBag site,
        DiagnosticBag layoutDiagnostics, DiagnosticBag labels, DiagnosticBag exercisePages, IReadOnlyList<GeneratedPage> generated, SiteView view,
        SiteOutput output)
    {
        (_options, _exercises, _pipeline, _book, _chapters, _states, _glossary) = (options, exercises, pipeline, book, chapters, states, glossary);
        (_layout, _assets, _site, _layoutDiagnostics, _labels, _exercisePages) = (layout, assets, site, layoutDiagnostics, labels, exercisePages);
        (_generated, _view, Output) = (generated, view, output);
    }

    /// <summary>Every file of the site as it stands (pages, assets, sitemap, downloads; no search index).</summary>
    public SiteOutput Output { get; }

    public BookModel Book => _book;

    /// <summary>The search documents of every page, in a full build's order.</summary>
    public IReadOnlyList<SearchDocument> SearchDocuments => SearchDocumentsOfNow()();

    /// <summary>
    /// The search documents of the site as it stands now, collected when the returned function runs: the
    /// preview runs it on another thread, after the reload, while later edits may already update the site.
    /// </summary>
    public Func<IReadOnlyList<SearchDocument>> SearchDocumentsOfNow()
    {
        var states = _states.ToArray();
        var exercises = _generated.Where(g => g.Kind == "exercise").ToList();
        return () => states.SelectMany(s => s.SearchDocuments).Concat(exercises.SelectMany(CollectSearchDocuments.CollectExercise)).ToList();
    }

    /// <summary>
    /// A full build (the search index left out: the preview indexes in the background). Null when
    /// site.yml cannot be read; <paramref name="update"/> says why.
    /// </summary>
    public static IncrementalSite? Build(BuildOptions options, out SiteUpdate update)
    {
        var clock = new StageClock();
        var site = new DiagnosticBag();
        var config = ReadSiteConfig.Read(options.ConfigPath, site);
        if (config is null)
        {
            update = new SiteUpdate([], site, Incremental: false, clock.Times);
            return null;
        }

        var exercises = LoadExercises.Run(config, site);
        var pipeline = CreateMarkdownPipeline.Run(
            new MarkdownPipelineOptions { Shortcodes = ShortcodeRegistry.CreateDefault().Register(new ExerciseShortcode(exercises)) });
        var refs = LoadBook.ChapterRefs(config, site);
        var parts = config.Parts.SelectMany(p => p.Chapters.Select(c => (c, p))).ToDictionary(x => x.c, x => x.p);
        var states = new ChapterState[refs.Count];
        Parallel.For(0, refs.Count, i => states[i] = ChapterState.Load(config, refs[i], parts.GetValueOrDefault(refs[i]), pipeline));
        var chapters = states.Select(s => s.Chapter).ToArray();
        LoadBook.ReportDuplicatePages(config, chapters, site);
        var book = new BookModel { Config = config, Chapters = chapters };
        clock.Mark("load");

        var number = 0;
        foreach (var state in states)
        {
            state.Chapter.Number = state.Chapter.IsNumbered ? (++number).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            state.Number(config);
        }

        var labels = new DiagnosticBag();
        NumberAndLabel.EnterLabels(book, states.SelectMany(s => s.Labels), labels);
        clock.Mark("number");

        LoadBibliographies.Run(book, site);
        var glossary = ResolveReferences.LoadGlossary(book, pipeline, site);
        Parallel.ForEach(states, state =>
        {
            state.ResolveCrossReferences(book);
            state.ResolveCitationsAndTerms(book, glossary);
        });
        clock.Mark("resolve");

        Parallel.ForEach(states, state => state.Render(book, pipeline, exercises));
        var exercisePages = new DiagnosticBag();
        var generated = RenderBackMatter.Run(book, pipeline).Concat(RenderExercises(book, exercises, pipeline, exercisePages)).ToList();
        clock.Mark("render");

        var themeFiles = new ThemeFiles(config.ThemeFolder);
        var assets = new ThemeAssets(themeFiles);
        var layoutDiagnostics = new DiagnosticBag();
        var layout = new ApplyLayout(themeFiles, layoutDiagnostics);
        var (output, view) = LayOutPages.Run(book, generated, new Dictionary<string, string>(), options.LiveReload, layout, assets);
        AddExerciseDownloads.Run(exercises, output);
        var result = new IncrementalSite(options, exercises, pipeline, book, chapters, states, glossary, layout, assets.Map, site,
            layoutDiagnostics, labels, exercisePages, generated, view, output);
        result.CopyFiles();
        clock.Mark("layout");
        update = new SiteUpdate(output.Files.Keys.ToList(), result.Diagnostics(), Incremental: false, clock.Times);
        return result;
    }

    /// <summary>
    /// Applies edits of chapter files: each edited chapter is read, parsed, numbered, resolved and
    /// rendered again; other chapters are resolved and rendered again only when a label they refer to
    /// reads differently; generated pages only when what they list changed; pages are laid out again
    /// when their view changed, all of them when the navigation did. Returns null when the edit needs a
    /// full build (a file that is no chapter: site.yml, theme, bibliography, glossary, exercises,
    /// includes, images; or a chapter's bibliography list changed, its split into pages changed, or a TikZ source file of it vanished). Throws <see cref="IOException"/>
    /// when a file cannot be read (an editor still writing it) before anything is changed.
    /// </summary>
    public SiteUpdate? Update(IReadOnlyCollection<string> changedPaths)
    {
        var clock = new StageClock();
        var edited = new SortedSet<int>();
        foreach (var path in changedPaths)
        {
            var index = Array.FindIndex(_states, s => string.Equals(s.Chapter.SourcePath, Path.GetFullPath(path), StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            edited.Add(index);
        }

        // Everything that reads a file happens before the site is touched, so an I/O error leaves it as it was.
        var loaded = edited.ToDictionary(i => i, i => ChapterState.Load(_book.Config, _states[i].Source, _states[i].Part, _pipeline));
        if (loaded.Any(l => !l.Value.Chapter.FrontMatter.Bibliography.SequenceEqual(_states[l.Key].Chapter.FrontMatter.Bibliography, StringComparer.Ordinal)))
        {
            return null;
        }

        clock.Mark("load");
        var before = new Dictionary<string, Label>(_book.Labels, StringComparer.Ordinal);
        var old = edited.ToDictionary(i => i, i => _states[i]);
        foreach (var (i, state) in loaded)
        {
            state.Chapter.Number = _states[i].Chapter.Number;
            state.Chapter.Bibliography = _states[i].Chapter.Bibliography;
            state.Number(_book.Config);
        }

        if (loaded.Any(l => !SamePages(l.Value.Chapter, _states[l.Key].Chapter)))
        {
            // Pages of a split chapter came or went, or an element moved to another page: links to them from any
            // chapter (cross-references, Markdown links, citations) and the navigation change; a full build
            // redoes them all, as the (rare) edit that moves a page break deserves.
            return null;
        }

        foreach (var (i, state) in loaded)
        {
            _states[i] = state;
            _chapters[i] = state.Chapter;
        }

        _book.Labels.Clear();
        _labels = new DiagnosticBag();
        NumberAndLabel.EnterLabels(_book, _states.SelectMany(s => s.Labels), _labels);
        var changedLabels = LabelChanges.Between(before, _book.Labels);
        var labelSetChanged = before.Count != _book.Labels.Count || before.Keys.Any(id => !_book.Labels.ContainsKey(id));
        clock.Mark("number");

        var referring = Enumerable.Range(0, _states.Length)
            .Where(i => !edited.Contains(i))
            .Where(i => _states[i].ReferencedIds.Overlaps(changedLabels) || (labelSetChanged && _states[i].HasUnresolved))
            .ToList();
        Parallel.ForEach(edited, i =>
        {
            _states[i].ResolveCrossReferences(_book);
            _states[i].ResolveCitationsAndTerms(_book, _glossary);
        });
        Parallel.ForEach(referring, i => _states[i].ResolveCrossReferences(_book));
        clock.Mark("resolve");

        Parallel.ForEach(edited, i => _states[i].Render(_book, _pipeline, _exercises));
        if (edited.Any(i => old[i].Chapter.OwnFiles.Keys.Any(p => !_states[i].Chapter.OwnFiles.ContainsKey(p))))
        {
            // A TikZ source file to delete: the preview's published snapshot only adds and replaces files.
            return null;
        }

        Parallel.ForEach(referring, i => _states[i].RenderAgain(_pipeline, _exercises));
        var generatedBefore = _generated;
        var titled = edited.Any(i => old[i].Chapter.Title != _states[i].Chapter.Title);
        if (titled || edited.Any(i => !old[i].Chapter.CitedKeys.SequenceEqual(_states[i].Chapter.CitedKeys) || old[i].QuestionCount != _states[i].QuestionCount))
        {
            var exercisePages = _exercisePages;
            if (titled)
            {
                // Exercise pages name their chapter's title.
                exercisePages = new DiagnosticBag();
            }

            var exercises = titled ? RenderExercises(_book, _exercises, _pipeline, exercisePages) : _generated.Where(g => g.Kind == "exercise");
            _generated = RenderBackMatter.Run(_book, _pipeline).Concat(exercises).ToList();
            _exercisePages = exercisePages;
        }

        clock.Mark("render");
        var touched = edited.Concat(referring).SelectMany(i => _chapters[i].Pages.Select(p => p.Url))
            .Concat(_generated.Where(g => !generatedBefore.Any(b => b.Url == g.Url && b.Title == g.Title && b.BodyHtml == g.BodyHtml && b.Toc.SequenceEqual(g.Toc))).Select(g => g.Url))
            .ToHashSet(StringComparer.Ordinal);
        var rendered = LayOut(touched);
        rendered.AddRange(AddOwnFiles(edited, old));
        CopyFiles();
        clock.Mark("layout");
        return new SiteUpdate(rendered, Diagnostics(), Incremental: true, clock.Times);
    }

    /// <summary>Lays out the pages in <paramref name="touched"/>, or every page when the navigation changed.</summary>
    private List<string> LayOut(HashSet<string> touched)
    {
        var (view, pages) = MakePageViews.Run(_book, _generated, _assets, _options.LiveReload);
        var all = !SameNavigation(_view, view);
        _view = view;
        var chosen = pages.Where(p => all || touched.Contains(p.Url)).ToList();
        Parallel.ForEach(chosen, page => Output.Add(page.Url, _layout.RenderUtf8(view, page)));
        return chosen.Select(p => p.Url).ToList();
    }

    private static bool SameNavigation(SiteView a, SiteView b) =>
        a.HasProgressPage == b.HasProgressPage && a.Parts.Count == b.Parts.Count &&
        a.Parts.Zip(b.Parts).All(p => p.First.Title == p.Second.Title && p.First.Chapters.Count == p.Second.Chapters.Count
            && p.First.Chapters.Zip(p.Second.Chapters).All(c => c.First.SameAs(c.Second)));

    /// <summary>The same pages at the same URLs, with every element of the later pages where it was.</summary>
    private static bool SamePages(Chapter a, Chapter b) =>
        a.Pages.Select(p => p.Url).SequenceEqual(b.Pages.Select(p => p.Url), StringComparer.Ordinal)
        && a.LaterPageAnchors.Count == b.LaterPageAnchors.Count
        && a.LaterPageAnchors.All(x => b.LaterPageAnchors.TryGetValue(x.Key, out var url) && url == x.Value);

    /// <summary>The files edited chapters write beside their pages (TikZ sources) that read differently now.</summary>
    private List<string> AddOwnFiles(IEnumerable<int> edited, Dictionary<int, ChapterState> old)
    {
        var changed = new List<string>();
        foreach (var i in edited)
        {
            foreach (var (path, text) in _states[i].Chapter.OwnFiles)
            {
                if (old[i].Chapter.OwnFiles.GetValueOrDefault(path) != text)
                {
                    Output.Add(path, text);
                    changed.Add(path);
                }
            }
        }

        return changed;
    }

    /// <summary>The local files pages need (images), published from their sources as a full build does.</summary>
    private void CopyFiles()
    {
        var copies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in _states)
        {
            foreach (var (source, target) in state.Files)
            {
                copies[source] = target;
            }
        }

        Output.Copies.Clear();
        foreach (var (source, target) in copies)
        {
            Output.Copies[source] = target;
        }
    }

    private static IEnumerable<GeneratedPage> RenderExercises(BookModel book, ExerciseCatalog exercises, MarkdownPipeline pipeline, DiagnosticBag diagnostics) =>
        exercises.Exercises.Select(e => RenderExercisePages.RenderPage(book, e, pipeline, diagnostics)).ToList();

    private DiagnosticBag Diagnostics()
    {
        var bag = new DiagnosticBag();
        bag.AddRange(_site.Items);
        bag.AddRange(_labels.Items);
        foreach (var state in _states)
        {
            bag.AddRange(state.Diagnostics);
        }

        bag.AddRange(_exercisePages.Items);
        bag.AddRange(_layoutDiagnostics.Items);
        return bag;
    }
}
