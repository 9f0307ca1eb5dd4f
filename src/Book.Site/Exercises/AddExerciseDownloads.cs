using Book.Site.Writing;

namespace Book.Site.Exercises;

/// <summary>Adds every exercise's starter download (<c>exercises/&lt;id&gt;.zip</c>) to the site.</summary>
public static class AddExerciseDownloads
{
    public static void Run(ExerciseCatalog catalog, SiteOutput output)
    {
        foreach (var exercise in catalog.Exercises)
        {
            output.Add(exercise.DownloadUrl, PackStarterDownload.Run(exercise));
        }
    }
}
