using Book.Site.Layout;

namespace Book.Site.Tests.Layout;

/// <summary>A small site as SITE-CORE hands it to the layout: three chapters in two parts, hashed assets written to a temp folder.</summary>
internal static class LayoutFixture
{
    public static SiteView Site(IReadOnlyDictionary<string, string> assets) => new()
    {
        Title = "Machine Learning Systems",
        Description = "A book on ML systems.",
        Language = "en",
        Authors = ["A. Author"],
        BaseUrl = "https://example.org/book/",
        RepositoryUrl = "https://github.com/example/book",
        Assets = assets,
        HasProgressPage = true,
        Parts =
        [
            new NavPart("", [new NavLink("Preface", "", "index.html")]),
            new NavPart("Foundations", [new NavLink("Numbers in ML", "2", "numbers.html")]),
            new NavPart("Kernels", [new NavLink("Quantization", "3", "quantization.html"), new NavLink("Softmax", "5", "softmax.html")]),
        ],
    };

    public static PageView Chapter(string body = "<h2 id=\"sec-affine\">3.1 Affine</h2>\n<p>Text<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup><span class=\"sidenote\" role=\"note\">A note.</span></p>") => new()
    {
        Title = "Quantization",
        Number = "3",
        Url = "quantization.html",
        Kind = "chapter",
        BodyHtml = body,
        Description = "Affine quantization & calibration.",
        Toc = [new TocEntry(2, "3.1", "Affine", "sec-affine")],
        Breadcrumbs = [new NavLink("Kernels", "", "quantization.html"), new NavLink("Quantization", "3", "quantization.html")],
        Previous = new NavLink("Numbers in ML", "2", "numbers.html"),
        Next = new NavLink("Softmax", "5", "softmax.html"),
        EditUrl = "https://github.com/example/book/edit/main/book/quantization.md",
    };

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "book-layout-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
