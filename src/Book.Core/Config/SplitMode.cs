namespace Book.Core.Config;

/// <summary>How chapters are cut into pages (site.yml <c>split:</c>), as bookdown's <c>split_by</c>.</summary>
public enum SplitMode
{
    /// <summary>A chapter whose page would weigh more than the budget is cut at level-2 sections into as few pages as fit it.</summary>
    Auto,

    /// <summary>One page per chapter, however long.</summary>
    Chapter,

    /// <summary>A page per level-2 section.</summary>
    Section,
}
