namespace Book.Site.Tests.Support;

/// <summary>
/// A copy of this repository's book (<c>book/</c>, <c>exercises/</c>, <c>site.yml</c>) in a temporary folder,
/// for tests that edit chapters and compare what the site makes of them.
/// </summary>
public sealed class RepoBookCopy : IDisposable
{
    private readonly string _folder;

    /// <param name="siteYmlAppendix">Lines added to the end of the copied site.yml (e.g. <c>split: section</c>).</param>
    public RepoBookCopy(string prefix, string siteYmlAppendix = "")
    {
        _folder = Directory.CreateTempSubdirectory(prefix).FullName;
        RepoCopy.Folder(Path.Combine(RepoPaths.Root, "book"), Path.Combine(_folder, "book"));
        RepoCopy.Folder(Path.Combine(RepoPaths.Root, "exercises"), Path.Combine(_folder, "exercises"));
        Config = Path.Combine(_folder, "site.yml");
        File.WriteAllText(Config, File.ReadAllText(Path.Combine(RepoPaths.Root, "site.yml")) + siteYmlAppendix);
        Book = Path.Combine(_folder, "book");
    }

    public string Config { get; }

    public string Book { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The chapter's path and its text after <paramref name="change"/> (which must change it); the file is not written.</summary>
    public (string File, string Text) Edit(string name, Func<string, string> change)
    {
        var path = Path.Combine(Book, name);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        return (path, after);
    }

    public static Func<string, string> Replace(string from, string to) => text =>
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    };
}
