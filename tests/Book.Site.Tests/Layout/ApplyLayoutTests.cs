using System.Text.RegularExpressions;
using Book.Core.Diagnostics;
using Book.Site.Layout;

namespace Book.Site.Tests.Layout;

public sealed partial class ApplyLayoutTests
{
    private static readonly ThemeAssets Assets = new(new ThemeFiles(null));

    private static string RenderChapter(out DiagnosticBag diagnostics, string? theme = null, PageView? page = null)
    {
        diagnostics = new DiagnosticBag();
        var layout = new ApplyLayout(theme, diagnostics);
        return layout.Render(LayoutFixture.Site(Assets.Map), page ?? LayoutFixture.Chapter());
    }

    [Theory]
    [InlineData("<h2 id=\"sec-a\">3.1 Ünïcode — “quotes” & 𝛼</h2>\n<p>body</p>")]
    [InlineData("<p>a body that names {{ page.body }} and \\uE000 but is printed raw</p>")]
    [InlineData("")]
    public void Utf8_rendering_is_the_string_rendering_encoded(string body)
    {
        var layout = new ApplyLayout((string?)null, new DiagnosticBag());
        var site = LayoutFixture.Site(Assets.Map);
        var page = LayoutFixture.Chapter(body);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(layout.Render(site, page)), layout.RenderUtf8(site, page));
    }

    [Fact]
    public void Utf8_rendering_with_a_theme_layout_that_filters_the_body_applies_the_filter()
    {
        var theme = LayoutFixture.TempFolder();
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        File.WriteAllText(Path.Combine(theme, "templates", "layout.liquid"), "<main>{{ page.body | upcase | raw }}</main>");
        var layout = new ApplyLayout(theme, new DiagnosticBag());

        var html = System.Text.Encoding.UTF8.GetString(layout.RenderUtf8(LayoutFixture.Site(Assets.Map), LayoutFixture.Chapter("<p>quiet</p>")));

        Assert.Equal("<main><P>QUIET</P></main>", html);
    }

    [Fact]
    public void Page_HasLandmarksSkipLinkAndExactlyOneH1()
    {
        var html = RenderChapter(out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Matches("<a class=\"skip-link\" href=\"#content\">", html);
        Assert.Contains("<main id=\"content\"", html, StringComparison.Ordinal);
        foreach (var landmark in new[] { "<header class=\"site-header\"", "<nav id=\"sidebar\"", "<aside class=\"page-toc\"", "<footer class=\"site-footer\"" })
        {
            Assert.Contains(landmark, html, StringComparison.Ordinal);
        }
        Assert.Single(H1().Matches(html));
        Assert.Contains("<span class=\"chapter-number\">3</span> Quantization</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<body data-root=\"\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_HasCanonicalOpenGraphAndDescription_Escaped()
    {
        var html = RenderChapter(out _);

        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/book/quantization.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"3 Quantization\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/book/quantization.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Affine quantization &amp; calibration.\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>3 Quantization · Machine Learning Systems</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Navigation_MarksTheCurrentChapter_AndLinksPreviousNextEditAndContents()
    {
        var html = RenderChapter(out _);

        Assert.Contains("<a href=\"quantization.html\" aria-current=\"page\"><span class=\"nav-number\">3</span> Quantization</a>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<nav id=\"sidebar\"[\\s\\S]*?</nav>").Single().Value.Split("aria-current").Skip(1));
        Assert.Contains("<a class=\"pager-prev\" rel=\"prev\" href=\"numbers.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"pager-next\" rel=\"next\" href=\"softmax.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"edit-link\" href=\"https://github.com/example/book/edit/main/book/quantization.md\">Edit this page</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#sec-affine\"><span class=\"toc-number\">3.1</span> Affine</a>", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\">", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" class=\"menu-toggle\" aria-controls=\"sidebar\" aria-expanded=\"false\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"kind-chapter has-sidenotes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchBox_PointsAtTheHashedLunrAndTheIndex()
    {
        var exercise = new PageView { Title = "Softmax", Url = "exercises/softmax.html", Root = "../", Kind = "exercise", BodyHtml = "<p>x</p>" };
        var diagnostics = new DiagnosticBag();

        var html = new ApplyLayout((string?)null, diagnostics).Render(LayoutFixture.Site(Assets.Map), exercise);

        var lunr = Assets.Map["lunr.min.js"];
        Assert.Matches(@"^assets/lunr\.min\.[0-9a-f]{10}\.js$", lunr);
        Assert.Contains($"<input id=\"search-input\" type=\"search\" aria-label=\"Search the book\" placeholder=\"Search (press /)\" autocomplete=\"off\" data-lunr=\"../{lunr}\" data-index=\"../search/index.js\">", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"search-results\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../quantization.html\"><span class=\"nav-number\">3</span> Quantization</a>", html, StringComparison.Ordinal);
        Assert.Contains("<body data-root=\"../\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAssetUrlInThePage_IsHashedAndWritten()
    {
        var output = LayoutFixture.TempFolder();
        try
        {
            var map = Assets.Write(output);
            var html = new ApplyLayout((string?)null, new DiagnosticBag()).Render(LayoutFixture.Site(map), LayoutFixture.Chapter("<p>math <span class=\"math inline\">\\(x\\)</span></p><section class=\"quiz\"></section>"));

            var urls = AssetUrl().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.Contains(urls, u => u.StartsWith("assets/site.", StringComparison.Ordinal) && u.EndsWith(".css", StringComparison.Ordinal));
            Assert.Contains(urls, u => u.StartsWith("assets/katex.min.", StringComparison.Ordinal));
            Assert.Contains(urls, u => u.StartsWith("assets/quiz.", StringComparison.Ordinal));
            Assert.All(urls, u =>
            {
                Assert.Matches(@"\.[0-9a-f]{10}\.(css|js)$", u);
                Assert.True(File.Exists(Path.Combine(output, u)), $"{u} is referenced but not written");
            });
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void KatexCss_PointsAtTheHashedWoff2Fonts_WhichExist()
    {
        var output = LayoutFixture.TempFolder();
        try
        {
            var map = Assets.Write(output);
            var css = File.ReadAllText(Path.Combine(output, map["katex.min.css"]));

            var fonts = Regex.Matches(css, @"url\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
            Assert.True(fonts.Count >= 19, $"only {fonts.Count} font urls");
            Assert.DoesNotContain(fonts, f => f.EndsWith(".woff", StringComparison.Ordinal) || f.EndsWith(".ttf", StringComparison.Ordinal));
            Assert.All(fonts, f =>
            {
                Assert.Matches(@"^fonts/KaTeX_[A-Za-z0-9_-]+\.[0-9a-f]{10}\.woff2$", f);
                Assert.True(File.Exists(Path.Combine(output, "assets", f)), f);
            });
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void OverrideTemplate_ReplacesTheBuiltInOne()
    {
        var theme = LayoutFixture.TempFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(theme, "templates"));
            File.WriteAllText(Path.Combine(theme, "templates", "footer.liquid"), "<footer class=\"site-footer\">Custom {{ site.title }}</footer>");

            var html = RenderChapter(out var diagnostics, theme);

            Assert.Empty(diagnostics.Items);
            Assert.Contains("<footer class=\"site-footer\">Custom Machine Learning Systems</footer>", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(theme, recursive: true);
        }
    }

    [Fact]
    public void BrokenOverrideTemplate_IsADiagnosticWithItsFile_AndTheBuiltInIsUsed()
    {
        var theme = LayoutFixture.TempFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(theme, "templates"));
            File.WriteAllText(Path.Combine(theme, "templates", "footer.liquid"), "<footer>\n{% if site.title %}\nno endif\n</footer>");

            var html = RenderChapter(out var diagnostics, theme);

            var d = Assert.Single(diagnostics.Items);
            Assert.Equal(ThemeDiagnosticCodes.TemplateSyntax, d.Code);
            Assert.EndsWith(Path.Combine("templates", "footer.liquid"), d.File, StringComparison.Ordinal);
            Assert.Contains("<footer class=\"site-footer\">", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(theme, recursive: true);
        }
    }

    [Fact]
    public void OverrideIncludingAMissingPartial_IsADiagnostic_AndThePageIsStillWritten()
    {
        var theme = LayoutFixture.TempFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(theme, "templates"));
            File.WriteAllText(Path.Combine(theme, "templates", "footer.liquid"), "<footer>{% include 'no-such-partial' %}</footer>");

            var html = RenderChapter(out var diagnostics, theme);

            var d = Assert.Single(diagnostics.Items);
            Assert.Equal(ThemeDiagnosticCodes.TemplateRender, d.Code);
            Assert.Contains("quantization.html", d.Message, StringComparison.Ordinal);
            Assert.Contains("<main id=\"content\"", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(theme, recursive: true);
        }
    }

    [Fact]
    public void NotFoundPage_HasItsOwnLayoutAndNoIndexing()
    {
        var page = new PageView { Title = "Page not found", Url = "404.html", Kind = "404", BodyHtml = "" };

        var html = new ApplyLayout((string?)null, new DiagnosticBag()).Render(LayoutFixture.Site(Assets.Map), page);

        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"page-body not-found\">", html, StringComparison.Ordinal);
        Assert.Single(H1().Matches(html));
    }

    [Fact]
    public void Render_IsThreadSafe()
    {
        var layout = new ApplyLayout((string?)null, new DiagnosticBag());
        var site = LayoutFixture.Site(Assets.Map);
        var expected = layout.Render(site, LayoutFixture.Chapter());

        var pages = Enumerable.Range(0, 64).AsParallel().Select(_ => layout.Render(site, LayoutFixture.Chapter())).ToList();

        Assert.All(pages, p => Assert.Equal(expected, p));
    }

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();

    [GeneratedRegex("(?:href|src|data-lunr|data-katex|data-katex-render|data-katex-css)=\"(assets/[^\"]+)\"")]
    private static partial Regex AssetUrl();
}
