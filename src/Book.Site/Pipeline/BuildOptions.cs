namespace Book.Site.Pipeline;

/// <summary>What a build is asked to do.</summary>
public sealed record BuildOptions
{
    /// <summary>Path of site.yml.</summary>
    public string ConfigPath { get; init; } = "site.yml";

    /// <summary>Output folder; relative paths are relative to the working directory. Default <c>_site</c> beside site.yml.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Treat warnings as errors: the site is not written when there are any.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Set by <c>book serve</c>: the layout adds the live-reload client.</summary>
    public bool LiveReload { get; init; }

    /// <summary>Do everything but write (tests, <c>book check</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Leave the search index out of the output (the search documents are still collected): <c>book serve</c>
    /// reloads pages first and indexes in the background, since indexing a large book takes longer than
    /// re-rendering the edited page.
    /// </summary>
    public bool DeferSearchIndex { get; init; }

    /// <summary>Reports the stage being run (for the CLI's progress line).</summary>
    public Action<string>? Progress { get; init; }
}
