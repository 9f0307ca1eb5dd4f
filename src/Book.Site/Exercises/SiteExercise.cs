using Book.Core.Exercises;

namespace Book.Site.Exercises;

/// <summary>
/// One exercise as the site shows it: its manifest, its statement and where its page and download live.
/// </summary>
/// <param name="Folder">The folder name under <c>exercises/</c>: <c>01-quantize-linear</c>.</param>
/// <param name="Directory">Absolute path of the exercise folder.</param>
/// <param name="Manifest">The loaded <c>exercise.yml</c>.</param>
/// <param name="Statement">The README.md text, or null when the folder has none.</param>
/// <param name="Summary">The first paragraph of the statement as plain text (empty without a statement).</param>
public sealed record SiteExercise(string Folder, string Directory, ExerciseManifest Manifest, string? Statement, string Summary)
{
    public string Id => Manifest.Id;

    /// <summary>Site-relative URL of the exercise page.</summary>
    public string PageUrl => $"exercises/{Id}.html";

    /// <summary>Site-relative URL of the starter download.</summary>
    public string DownloadUrl => $"exercises/{Id}.zip";

    /// <summary>The folder the zip unpacks into and the test project's name stem: <c>QuantizeLinear</c>.</summary>
    public string ProjectName => string.Concat(Id.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
