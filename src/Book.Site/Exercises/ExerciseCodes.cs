namespace Book.Site.Exercises;

/// <summary>Diagnostic codes of the exercise pages (BK650–BK659; BK600–BK649 are the search stage's).</summary>
public static class ExerciseCodes
{
    /// <summary>An exercise folder's README.md is missing: its page shows only the generated sections.</summary>
    public const string MissingStatement = "BK650";

    /// <summary>An exercise names a chapter that is not in the book.</summary>
    public const string UnknownChapter = "BK651";

    /// <summary>Two exercise folders declare the same id.</summary>
    public const string DuplicateId = "BK652";

    /// <summary>A statement links a local file that the site does not publish.</summary>
    public const string UnpublishedLink = "BK653";
}
