using System.Collections.Concurrent;
using Book.Site.Serving;

namespace Book.Site.Tests.Serving;

/// <summary>What the watcher reports for the ways tools save a file.</summary>
public sealed class SourceWatcherTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("book-watcher-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_temporary_file_renamed_over_a_chapter_reports_only_the_chapter()
    {
        var chapter = Path.Combine(_dir, "chapter.md");
        await File.WriteAllTextAsync(chapter, "# One\n");
        var reported = new ConcurrentBag<string>();
        // sed does both steps within microseconds; this test thread can be descheduled for longer than the
        // default 8 ms burst on a loaded CI machine (it failed so once), so its burst is 250 ms.
        using (new SourceWatcher([_dir], (batch, _) =>
        {
            foreach (var path in batch)
            {
                reported.Add(path);
            }
        }, TimeSpan.FromMilliseconds(250)))
        {
            // What `sed -i` does: write a new file beside the chapter, then rename it over the chapter.
            var temporary = Path.Combine(_dir, "sedX3k9qa");
            await File.WriteAllTextAsync(temporary, "# Two\n");
            File.Move(temporary, chapter, overwrite: true);
            await WaitUntil(() => reported.Contains(chapter));
            await Task.Delay(400); // any later batch would have arrived by now
        }

        Assert.Contains(chapter, reported);
        Assert.DoesNotContain(reported, p => Path.GetFileName(p).StartsWith("sed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deleted_file_is_reported()
    {
        var image = Path.Combine(_dir, "figure.png");
        await File.WriteAllBytesAsync(image, [1, 2, 3]);
        var reported = new ConcurrentBag<string>();
        using (new SourceWatcher([_dir], (batch, _) =>
        {
            foreach (var path in batch)
            {
                reported.Add(path);
            }
        }))
        {
            File.Delete(image);
            await WaitUntil(() => reported.Contains(image));
        }

        Assert.Contains(image, reported);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }
}
