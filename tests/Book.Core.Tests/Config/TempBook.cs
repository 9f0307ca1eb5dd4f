namespace Book.Core.Tests.Config;

/// <summary>A throw-away book folder with a site.yml, for configuration tests.</summary>
public sealed class TempBook : IDisposable
{
    public TempBook()
    {
        Root = Path.Combine(Path.GetTempPath(), "book-core-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "book"));
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "site.yml");

    public TempBook File(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return this;
    }

    public TempBook Config(string yaml) => File("site.yml", yaml);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
