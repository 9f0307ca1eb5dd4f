namespace Book.Site.Markdown;

/// <summary>The diagnostic codes reported by the Markdown extensions (BK2xx).</summary>
public static class MarkdownCodes
{
    public const string UnclosedCodeFence = "BK201";
    public const string UnclosedDiv = "BK202";
    public const string UnclosedMath = "BK203";
    public const string UnknownShortcode = "BK210";
    public const string BadShortcode = "BK211";
    public const string TikzNotRendered = "BK220";
    public const string DuplicateId = "BK230";
    public const string BadAttributes = "BK231";
    public const string OrphanCaption = "BK232";
    public const string UnknownFootnote = "BK240";
}
