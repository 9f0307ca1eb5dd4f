namespace Book.Site.Serving;

/// <summary>A site built into a folder. Looked up per request, so a build that swaps the folder in is seen at once.</summary>
public sealed class FolderSource(string folder) : ISiteSource
{
    private readonly string _root = Path.GetFullPath(folder);

    public byte[]? Read(string path)
    {
        var candidate = Path.GetFullPath(Path.Combine(_root, path));
        if (!candidate.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return File.Exists(candidate) ? File.ReadAllBytes(candidate) : null;
        }
        catch (IOException)
        {
            // The build swapped the folder while we read; the next request sees the new site.
            return null;
        }
    }
}
