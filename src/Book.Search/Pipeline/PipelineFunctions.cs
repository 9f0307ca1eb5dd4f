namespace Book.Search.Pipeline;

/// <summary>
/// lunr's registry of pipeline functions by label: what <c>lunr.Index.load</c> uses to rebuild the search
/// pipeline of a serialized index.
/// </summary>
public static class PipelineFunctions
{
    public static IPipelineFunction? FromLabel(string label) => label switch
    {
        "trimmer" => Trimmer.Instance,
        "stopWordFilter" => StopWordFilter.Instance,
        "stemmer" => new PorterStemmer(),
        _ => null,
    };

    /// <summary>lunr()'s defaults: index with trimmer, stop words and stemmer; search with the stemmer.</summary>
    public static TokenPipeline DefaultIndexing(bool stemming) => stemming
        ? new TokenPipeline([Trimmer.Instance, StopWordFilter.Instance, new PorterStemmer()])
        : new TokenPipeline([Trimmer.Instance, StopWordFilter.Instance]);

    /// <summary>
    /// With stemming off the search pipeline must be empty, not "stemmer": otherwise queries are stemmed
    /// against unstemmed terms ("running" would look for "run" and find nothing).
    /// </summary>
    public static TokenPipeline DefaultSearch(bool stemming) => stemming
        ? new TokenPipeline([new PorterStemmer()])
        : TokenPipeline.Empty;
}
