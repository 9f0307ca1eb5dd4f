using Book.Site.Pipeline;

namespace Book.Site.Checking;

/// <summary>
/// <c>book check</c>: everything the build validates (it runs the build without writing), then what a
/// reviewer would otherwise find by hand: dead anchors and pages, malformed (or, online, unreachable)
/// external links, images without alt text, unused bibliography entries, orphan files.
/// Exercise manifests are validated by the caller, which knows the exercise format.
/// </summary>
public static class CheckBook
{
    public static async Task<BuildResult> RunAsync(BuildOptions build, CheckOptions options)
    {
        var result = BuildSite.Run(build with { DryRun = true });
        if (result.Book is not { } book)
        {
            return result;
        }

        var diagnostics = result.Diagnostics;
        var ids = PageIds.Read(result.Output);
        var external = CheckLinks.Run(book, ids, diagnostics);
        if (options.Online)
        {
            await CheckExternalLinks.RunAsync(external, options.RequestTimeout, diagnostics);
        }

        FindUnusedBibEntries.Run(book, diagnostics);
        FindOrphanFiles.Run(book, result.Output, diagnostics);
        return result;
    }
}
