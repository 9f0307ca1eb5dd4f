using System.IO.Compression;
using System.Text;
using Book.Core.Exercises;

namespace Book.Site.Exercises;

/// <summary>
/// The download of an exercise (<c>exercises/&lt;id&gt;.zip</c>): the statement, <c>starter/</c>,
/// <c>baseline/</c>, <c>tests/public/</c> and a generated test project, under one folder named after
/// the id. Only those published folders are read: hidden tests and the reference never enter the zip.
/// Deterministic (ordinal entry order, fixed timestamps) so rebuilding the site changes no byte.
/// </summary>
public static class PackStarterDownload
{
    // Zip timestamps are DOS times (1980 onwards, local, 2-second steps): a fixed one keeps builds identical.
    private static readonly DateTimeOffset FixedTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The folders of the exercise that are published, relative to it.</summary>
    public static readonly IReadOnlyList<string> PublishedFolders = [ExerciseLayout.Starter, ExerciseLayout.Baseline, ExerciseLayout.PublicTests];

    public static byte[] Run(SiteExercise exercise)
    {
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [StarterProjectFile.FileName(exercise)] = Encoding.UTF8.GetBytes(StarterProjectFile.Text(exercise)),
        };
        if (exercise.Statement is not null)
        {
            entries[ExerciseLayout.Statement] = Encoding.UTF8.GetBytes(exercise.Statement);
        }

        foreach (var folder in PublishedFolders)
        {
            foreach (var file in ExerciseLayout.Sources(exercise.Directory, folder))
            {
                var relative = Path.GetRelativePath(exercise.Directory, file).Replace('\\', '/');
                entries[relative] = File.ReadAllBytes(file);
            }
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry($"{exercise.Id}/{name}", CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
