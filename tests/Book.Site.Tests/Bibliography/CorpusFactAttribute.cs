namespace Book.Site.Tests.Bibliography;

/// <summary>A fact that needs <c>../shared/corpus/mlsysbook</c>; skipped with a message when it is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Corpus))
        {
            Skip = $"the shared corpus is absent ({RepoPaths.Corpus}); these tests read the MLSysBook chapters and .bib files from there";
        }
    }
}
