using Book.Core.Diagnostics;

namespace Book.Site.Writing;

/// <summary>
/// A site being written into a hidden folder beside the output, in batches, and swapped in at the end with two
/// renames: a reader (or <c>book serve</c>) never sees a half-written site, and a build that fails or is
/// abandoned leaves the previous one untouched. Batches let the build write its pages while the search index
/// is still being built on the other core.
/// </summary>
public sealed class StagedSite
{
    private readonly string _target;
    private readonly string _staging;
    private readonly DiagnosticBag _diagnostics;
    private bool _failed;

    private StagedSite(string target, string staging, DiagnosticBag diagnostics)
    {
        _target = target;
        _staging = staging;
        _diagnostics = diagnostics;
    }

    /// <summary>Creates the hidden staging folder; null (and an error reported) if it cannot be created.</summary>
    public static StagedSite? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        var site = new StagedSite(target, staging, diagnostics);
        return site.Try(() => Directory.CreateDirectory(staging)) ? site : null;
    }

    /// <summary>Writes a batch of files (and copies) into the staging folder; false once anything failed.</summary>
    public bool Write(SiteOutput batch) => !_failed && Try(() =>
    {
        Parallel.ForEach(batch.Files, file =>
        {
            var path = Path.Combine(_staging, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Value);
        });
        Parallel.ForEach(batch.Copies, copy =>
        {
            var path = Path.Combine(_staging, copy.Value);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(copy.Key, path, overwrite: true);
        });
    });

    /// <summary>Swaps the staged site in for the output folder; false (the previous site kept) on failure.</summary>
    public bool Commit()
    {
        if (_failed)
        {
            return false;
        }

        var retired = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.old-{Guid.NewGuid():N}");
        var swapped = Try(() =>
        {
            if (Directory.Exists(_target))
            {
                Directory.Move(_target, retired);
            }

            try
            {
                Directory.Move(_staging, _target);
            }
            catch (IOException) when (!Directory.Exists(_target) && Directory.Exists(retired))
            {
                Directory.Move(retired, _target);
                throw;
            }
        });
        if (swapped)
        {
            TryDelete(retired);
        }

        return swapped;
    }

    /// <summary>Drops the staging folder: the build failed after writing had begun.</summary>
    public void Abandon() => TryDelete(_staging);

    private bool Try(Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
            || (e is AggregateException a && a.InnerExceptions.All(i => i is IOException or UnauthorizedAccessException)))
        {
            _failed = true;
            var message = e is AggregateException aggregate ? aggregate.InnerExceptions[0].Message : e.Message;
            TryDelete(_staging);
            _diagnostics.Error(DiagnosticCodes.OutputNotWritable, _target, 0, 0,
                $"could not write the site: {message}; check that the output folder is writable and not open in another program");
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden folder is harmless; the next build uses fresh names.
        }
    }
}
