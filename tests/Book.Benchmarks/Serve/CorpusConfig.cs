using Book.Site.Tests.Corpus;

namespace Book.Benchmarks.Serve;

/// <summary>The corpus site.yml, written by the same code the corpus test uses (linked from Book.Site.Tests).</summary>
public static class CorpusConfig
{
    public static string Write(string corpusRoot, string folder) => CorpusSiteYml.Write(corpusRoot, folder);
}
