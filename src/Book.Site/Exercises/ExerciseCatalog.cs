namespace Book.Site.Exercises;

/// <summary>
/// The exercises of a site, found by folder name (<c>01-quantize-linear</c>) or manifest id
/// (<c>quantize-linear</c>). Read-only after loading, so parallel chapter parses can share it.
/// </summary>
public sealed class ExerciseCatalog
{
    public static ExerciseCatalog Empty { get; } = new([]);

    public ExerciseCatalog(IReadOnlyList<SiteExercise> exercises)
    {
        Exercises = exercises;
    }

    /// <summary>In folder order (the folders are numbered in teaching order).</summary>
    public IReadOnlyList<SiteExercise> Exercises { get; }

    public SiteExercise? Find(string name) =>
        Exercises.FirstOrDefault(e => string.Equals(e.Folder, name, StringComparison.Ordinal))
        ?? Exercises.FirstOrDefault(e => string.Equals(e.Id, name, StringComparison.Ordinal));

    /// <summary>The names a shortcode may use, for "unknown exercise" messages.</summary>
    public string KnownNames => Exercises.Count == 0
        ? "none (there is no exercises/ folder beside site.yml)"
        : string.Join(", ", Exercises.Select(e => e.Folder));

    /// <summary>The exercises a chapter teaches (their <c>chapter:</c> is the chapter file's stem).</summary>
    public IEnumerable<SiteExercise> ForChapter(string chapterStem) =>
        Exercises.Where(e => string.Equals(e.Manifest.Chapter, chapterStem, StringComparison.Ordinal));
}
