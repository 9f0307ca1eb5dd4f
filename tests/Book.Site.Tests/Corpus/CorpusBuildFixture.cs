using Book.Benchmarks.Build;
using Book.Site.Pipeline;
using Book.Site.Tests.Support;

namespace Book.Site.Tests.Corpus;

/// <summary>Builds the MLSysBook corpus once (into a temporary folder) for all corpus tests.</summary>
public sealed class CorpusBuildFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "book-corpus-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<BuildResult> _result;

    public CorpusBuildFixture()
    {
        _result = new Lazy<BuildResult>(() =>
        {
            var config = CorpusSiteYml.Write(RepoPaths.Corpus, _folder);
            return BuildSite.Run(new BuildOptions { ConfigPath = config, OutputDirectory = Path.Combine(_folder, "_site") });
        });
    }

    public BuildResult Result => _result.Value;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
