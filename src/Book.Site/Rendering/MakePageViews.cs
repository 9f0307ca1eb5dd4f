using Book.Core.Config;
using Book.Site.Layout;
using Book.Site.Model;

namespace Book.Site.Rendering;

/// <summary>
/// Builds what the layout shows around each body once every page is known: the site's navigation
/// (front matter, parts, back matter), breadcrumbs, previous/next in reading order, contents,
/// "Edit this page" and canonical URLs. Generated pages (references, glossary, 404) come in as
/// ready bodies and take their place in the back matter.
/// </summary>
public static class MakePageViews
{
    public static (SiteView Site, IReadOnlyList<PageView> Pages) Run(
        BookModel book, IReadOnlyList<GeneratedPage> generated, IReadOnlyDictionary<string, string> assets, bool liveReload)
    {
        var config = book.Config;
        // EXERCISE-PAGES hook: exercise pages get their own "Exercises" group after the back matter.
        var backPages = generated.Where(g => g.InNavigation && g.Kind != "exercise").ToList();
        var parts = new List<NavPart>();
        AddPart(parts, "", book.InMatter(Matter.Front).Select(Link));
        foreach (var (part, chapters) in book.Parts)
        {
            AddPart(parts, part.Title, chapters.Select(Link));
        }

        AddPart(parts, "", book.InMatter(Matter.Back).Select(Link).Concat(backPages.Select(g => new NavLink(g.Title, "", g.Url))));
        AddPart(parts, "Exercises", generated.Where(g => g.InNavigation && g.Kind == "exercise").Select(g => new NavLink(g.Title, "", g.Url))); // EXERCISE-PAGES hook
        var site = new SiteView
        {
            Title = config.Title,
            Subtitle = config.Subtitle,
            Description = config.Description,
            Language = config.Language,
            Authors = config.Authors,
            BaseUrl = config.BaseUrl,
            RepositoryUrl = config.RepositoryUrl,
            Parts = parts,
            Assets = assets,
            LiveReload = liveReload,
            HasProgressPage = generated.Any(g => g.Kind == Quizzes.ProgressPage.Kind),
        };

        // Previous/next walk through a split chapter's pages in order.
        var order = parts.SelectMany(p => p.Chapters).SelectMany(c => c.Pages.Prepend(c)).ToList();
        var pages = new List<PageView>();
        foreach (var chapter in book.Chapters)
        {
            for (var k = 0; k < chapter.Pages.Count; k++)
            {
                var page = chapter.Pages[k];
                var index = order.FindIndex(l => l.Url == page.Url);
                pages.Add(new PageView
                {
                    // A later page is named after the section it opens with: "Chapter title — Section title".
                    Title = page.Opening is { } opening ? $"{chapter.Title} — {opening.Title}" : chapter.Title,
                    Number = chapter.Number,
                    Url = page.Url,
                    Kind = chapter.PageUrl == "index.html" ? "index" : chapter.Matter switch
                    {
                        Matter.Front => "front",
                        Matter.Back => "back",
                        _ => "chapter",
                    },
                    BodyHtml = chapter.PageBody(k),
                    Description = chapter.FrontMatter.Description.Length > 0 ? chapter.FrontMatter.Description : config.Description,
                    Toc = page.Sections.Select(s => new TocEntry(s.Level, s.Number, s.Title, s.Id)).ToList(),
                    Breadcrumbs = k == 0 ? Breadcrumbs(chapter, order) : [.. Breadcrumbs(chapter, order), PageLink(page)],
                    Previous = index > 0 ? order[index - 1] : null,
                    Next = index >= 0 && index < order.Count - 1 ? order[index + 1] : null,
                    EditUrl = EditUrl(config, chapter.SourcePath),
                    CanonicalUrl = Canonical(config, page.Url),
                });
            }
        }

        foreach (var page in generated)
        {
            var index = order.FindIndex(l => l.Url == page.Url);
            pages.Add(new PageView
            {
                Title = page.Title,
                Url = page.Url,
                Root = page.Url.Contains('/', StringComparison.Ordinal) ? "../" : "", // EXERCISE-PAGES hook: exercises/<id>.html links up to the root
                Kind = page.Kind,
                BodyHtml = page.BodyHtml,
                Description = config.Description,
                Toc = page.Toc,
                Breadcrumbs = page.InNavigation ? [new NavLink(page.Title, "", page.Url)] : [],
                Previous = index > 0 ? order[index - 1] : null,
                Next = index >= 0 && index < order.Count - 1 ? order[index + 1] : null,
                CanonicalUrl = page.InNavigation ? Canonical(config, page.Url) : "",
            });
        }

        return (site, pages);
    }

    private static NavLink Link(Chapter chapter) =>
        new(chapter.Title, chapter.Number, chapter.PageUrl) { Pages = chapter.Pages.Skip(1).Select(PageLink).ToList() };

    /// <summary>A later page of a split chapter, by the section it opens with.</summary>
    private static NavLink PageLink(ChapterPage page) => new(page.Opening?.Title ?? "", page.Opening?.Number ?? "", page.Url);

    private static void AddPart(List<NavPart> parts, string title, IEnumerable<NavLink> links)
    {
        var list = links.ToList();
        if (list.Count > 0)
        {
            parts.Add(new NavPart(title, list));
        }
    }

    private static IReadOnlyList<NavLink> Breadcrumbs(Chapter chapter, IReadOnlyList<NavLink> order)
    {
        var self = new NavLink(chapter.Title, chapter.Number, chapter.PageUrl);
        if (chapter.Part is null)
        {
            return [self];
        }

        // A part has no page of its own: its crumb leads to its first chapter.
        var first = chapter.Part.Chapters.Count > 0 ? LoadingUrl(chapter.Part.Chapters[0]) : chapter.PageUrl;
        return [new NavLink(chapter.Part.Title, "", order.FirstOrDefault(l => l.Url == first)?.Url ?? chapter.PageUrl), self];
    }

    private static string LoadingUrl(ChapterRef chapter) => Loading.LoadBook.PageUrlOf(chapter.RelativePath);

    /// <summary>GitHub's edit URL of a source file inside the repository (the folder of site.yml).</summary>
    public static string EditUrl(SiteConfig config, string sourcePath)
    {
        if (config.RepositoryUrl.Length == 0)
        {
            return "";
        }

        var repositoryRoot = Path.GetDirectoryName(config.ConfigPath)!;
        var relative = Path.GetRelativePath(repositoryRoot, sourcePath).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? "" : $"{config.RepositoryUrl}/edit/{config.RepositoryBranch}/{relative}";
    }

    public static string Canonical(SiteConfig config, string url) =>
        config.BaseUrl.Length == 0 ? "" : config.BaseUrl + (url == "index.html" ? "" : url);
}
