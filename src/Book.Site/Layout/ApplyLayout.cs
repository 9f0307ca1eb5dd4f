using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Book.Core.Diagnostics;
using Fluid;

// Fluid marks its template cache experimental (FLUID001); we only fill it with templates we parsed
// ourselves, the use it is made for, and the theme tests would catch a change of contract.
#pragma warning disable FLUID001

namespace Book.Site.Layout;

/// <summary>
/// The layout stage: wraps each rendered page body in the theme's <c>layout.liquid</c> (with its partials),
/// once every page is known, so navigation, contents and previous/next are complete. Templates are parsed
/// once, here; <see cref="Render"/> is thread-safe and may run for many pages in parallel. A broken
/// override template is reported (file, line) and the built-in one is used, so a theme typo never stops a build.
/// </summary>
public sealed partial class ApplyLayout
{
    private const string LayoutName = "layout.liquid";
    private static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ThemeFiles _files;
    private readonly DiagnosticBag _diagnostics;
    private readonly TemplateOptions _options;
    private readonly IFluidTemplate _layout;
    private readonly IFluidTemplate _fallbackLayout;
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);
    private readonly bool _builtInLayout;

    /// <summary>Stands for the page body while the built-in layout renders (a private-use character cannot occur in a theme).</summary>
    private const string BodyMarker = "\uE000book:page-body\uE000";

    /// <param name="themeDirectory">site.yml's <c>theme:</c> folder (holding <c>templates/</c> and <c>assets/</c> overrides), or null.</param>
    public ApplyLayout(string? themeDirectory, DiagnosticBag diagnostics)
        : this(new ThemeFiles(themeDirectory), diagnostics)
    {
    }

    public ApplyLayout(ThemeFiles files, DiagnosticBag diagnostics)
    {
        _files = files;
        _diagnostics = diagnostics;
        var parser = new FluidParser();
        var builtIn = new ThemeFiles(null);
        var cache = new ParsedTemplateCache();
        _options = new TemplateOptions { FileProvider = new ThemeTemplateProvider(files), TemplateCache = cache };

        foreach (var path in files.List("templates").Where(p => p.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            var template = Parse(parser, files, path) ?? (builtIn.Exists(path) ? Parse(parser, builtIn, path) : null);
            if (template is not null)
            {
                cache.Add(path["templates/".Length..], template);
            }
        }
        _fallbackLayout = Parse(parser, builtIn, "templates/" + LayoutName)
            ?? throw new InvalidOperationException("the built-in layout.liquid does not parse");
        _layout = Parse(parser, files, "templates/" + LayoutName, report: false) ?? _fallbackLayout;
        _builtInLayout = files.ReadText("templates/" + LayoutName) == builtIn.ReadText("templates/" + LayoutName);
    }

    /// <summary>
    /// The page as UTF-8 bytes, what the site is written in. With the built-in layout, which prints the
    /// body once and unfiltered, the template renders around a marker and the body (hundreds of KB for a
    /// chapter) is encoded straight into the result: copied once, not through the template writer's
    /// buffer, its string and then the encoder. A theme's own layout may filter the body, so it renders whole.
    /// </summary>
    public byte[] RenderUtf8(SiteView site, PageView page)
    {
        if (!_builtInLayout)
        {
            return Encoding.UTF8.GetBytes(Render(site, page));
        }

        var html = Render(site, page, BodyMarker);
        var at = html.IndexOf(BodyMarker, StringComparison.Ordinal);
        if (at < 0 || html.IndexOf(BodyMarker, at + BodyMarker.Length, StringComparison.Ordinal) >= 0)
        {
            return Encoding.UTF8.GetBytes(Render(site, page));
        }

        var before = html.AsSpan(0, at);
        var after = html.AsSpan(at + BodyMarker.Length);
        var body = page.BodyHtml.AsSpan();
        var bytes = new byte[Encoding.UTF8.GetByteCount(before) + Encoding.UTF8.GetByteCount(body) + Encoding.UTF8.GetByteCount(after)];
        var written = Encoding.UTF8.GetBytes(before, bytes);
        written += Encoding.UTF8.GetBytes(body, bytes.AsSpan(written));
        Encoding.UTF8.GetBytes(after, bytes.AsSpan(written));
        return bytes;
    }

    /// <summary>The complete HTML page for <paramref name="page"/>.</summary>
    public string Render(SiteView site, PageView page) => Render(site, page, body: null);

    private string Render(SiteView site, PageView page, string? body)
    {
        var context = new TemplateContext(_options);
        var pageModel = LayoutModel.Page(page, site);
        if (body is not null)
        {
            pageModel["body"] = body;
        }

        context.SetValue("site", LayoutModel.Site(site, page));
        context.SetValue("page", pageModel);
        context.SetValue("assets", LayoutModel.Assets(site, page));
        try
        {
            return _layout.Render(context, Encoder);
        }
        catch (Exception e) when (e is FluidException or ParseException or InvalidOperationException or FileNotFoundException or ArgumentException or NullReferenceException)
        {
            // A user's template failed at run time (a bad include, a filter on the wrong type): report
            // once, and render this page with the built-in layout so the site stays usable.
            Report(ThemeDiagnosticCodes.TemplateRender, _files.DisplayPath("templates/" + LayoutName), 0, 0,
                $"theme template failed while rendering '{page.Url}': {e.Message} The built-in layout was used for the affected pages.");
            var fresh = new TemplateContext(new TemplateOptions { FileProvider = new ThemeTemplateProvider(new ThemeFiles(null)) });
            fresh.SetValue("site", LayoutModel.Site(site, page));
            fresh.SetValue("page", LayoutModel.Page(page, site));
            fresh.SetValue("assets", LayoutModel.Assets(site, page));
            return _fallbackLayout.Render(fresh, Encoder);
        }
    }

    private IFluidTemplate? Parse(FluidParser parser, ThemeFiles files, string path, bool report = true)
    {
        var source = files.ReadText(path);
        if (source is null)
        {
            return null;
        }
        if (parser.TryParse(source, out var template, out var error))
        {
            return template;
        }
        if (report)
        {
            var position = ErrorPosition().Match(error);
            var line = position.Success ? int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var column = position.Success ? int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            Report(ThemeDiagnosticCodes.TemplateSyntax, files.DisplayPath(path), line, column,
                $"Liquid syntax error: {error}. Fix the template; the built-in '{Path.GetFileName(path)}' is used meanwhile.");
        }
        return null;
    }

    private void Report(string code, string file, int line, int column, string message)
    {
        if (_reported.TryAdd(code + file + message, true))
        {
            _diagnostics.Error(code, file, line, column, message);
        }
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ErrorPosition();
}
