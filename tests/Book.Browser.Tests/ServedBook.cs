using Book.Site.Serving;
using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>
/// The repo's own book, built once with the <c>book build</c> command, served on 127.0.0.1 the way
/// <c>book serve</c> serves it, and one Chromium shared by the tests of the collection.
/// </summary>
public sealed class ServedBook : IAsyncLifetime
{
    public string SiteFolder { get; } = Path.Combine(Path.GetTempPath(), "book-browser-" + Guid.NewGuid().ToString("N")[..8]);

    public SiteServer? Server { get; private set; }

    public IPlaywright? Playwright { get; private set; }

    public IBrowser? Browser { get; private set; }

    public string BuildOutput { get; private set; } = "";

    public Uri Address => Server?.Address ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        var console = new StringWriter();
        var original = Console.Out;
        int exit;
        try
        {
            Console.SetOut(console);
            exit = Book.Cli.Program.Main(["build", "--config", Path.Combine(RepoPaths.Root, "site.yml"), "--output", SiteFolder]);
        }
        finally
        {
            Console.SetOut(original);
        }

        BuildOutput = console.ToString();
        if (exit != 0)
        {
            throw new InvalidOperationException($"book build failed with exit code {exit}:\n{BuildOutput}");
        }

        Server = new SiteServer(SiteFolder, liveReload: false);
        await Server.StartAsync(0);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(Playwright);
        Directory.CreateDirectory(RepoPaths.Artifacts);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (Directory.Exists(SiteFolder))
        {
            Directory.Delete(SiteFolder, recursive: true);
        }
    }

    /// <summary>Every HTML page of the built site, as site-relative URLs.</summary>
    public IReadOnlyList<string> Pages() =>
        Directory.EnumerateFiles(SiteFolder, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(SiteFolder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public async Task<IBrowserContext> NewContextAsync(int width = 1440, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var browser = Browser ?? throw new InvalidOperationException("Chromium did not start");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            BaseURL = Address.ToString(),
        });
        // CI machines share their two cores with builds: Playwright's 30 s default is too tight there.
        context.SetDefaultTimeout(60_000);
        return context;
    }
}

[CollectionDefinition(Name)]
public sealed class ServedBookCollection : ICollectionFixture<ServedBook>
{
    public const string Name = "served book";
}
