using Book.Core.Diagnostics;

namespace Book.Site.Writing;

/// <summary>
/// Last stage: writes the site into a fresh folder beside the output, then swaps it in with two
/// renames, so a reader (or <c>book serve</c>) never sees a half-written site and a failed build
/// leaves the previous one untouched.
/// </summary>
public static class WriteSite
{
    public static bool Run(SiteOutput output, string outputDirectory, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Write(output, staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
            TryDelete(retired);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
            || (e is AggregateException a && a.InnerExceptions.All(i => i is IOException or UnauthorizedAccessException)))
        {
            var message = e is AggregateException aggregate ? aggregate.InnerExceptions[0].Message : e.Message;
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            TryDelete(staging);
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, target, 0, 0,
                $"could not write the site: {message}; check that the output folder is writable and not open in another program");
            return false;
        }
    }

    private static void Write(SiteOutput output, string root)
    {
        Directory.CreateDirectory(root);
        Parallel.ForEach(output.Files, file =>
        {
            var path = Path.Combine(root, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Value);
        });
        Parallel.ForEach(output.Copies, copy =>
        {
            var path = Path.Combine(root, copy.Value);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(copy.Key, path, overwrite: true);
        });
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
