namespace Book.Core.Config;

/// <summary>The YAML front matter of a chapter (<c>---</c> ... <c>---</c> at the top of the file).</summary>
public sealed record FrontMatter
{
    public static readonly FrontMatter Empty = new();

    public string? Title { get; init; }
    public string Subtitle { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary>Per-chapter BibTeX files (absolute paths), added to the site-wide ones for this chapter.</summary>
    public IReadOnlyList<string> Bibliography { get; init; } = [];

    /// <summary>An MLSysBook-style quiz file beside the chapter (absolute path), or null.</summary>
    public string? Quiz { get; init; }

    /// <summary>Number of lines the front matter occupies, fences included (0 when there is none).</summary>
    public int LineCount { get; init; }
}
