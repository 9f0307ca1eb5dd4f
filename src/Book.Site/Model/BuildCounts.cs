namespace Book.Site.Model;

/// <summary>What a build found, for the summary line and the corpus test (thread-safe counters).</summary>
public sealed class BuildCounts
{
    private int _crossReferences;
    private int _externalReferences;
    private int _unresolvedReferences;
    private int _citations;
    private int _unresolvedCitations;
    private int _images;

    public int CrossReferences => _crossReferences;
    public int ExternalReferences => _externalReferences;
    public int UnresolvedReferences => _unresolvedReferences;
    public int Citations => _citations;
    public int UnresolvedCitations => _unresolvedCitations;
    public int Images => _images;

    public void AddCrossReference(bool resolved, bool external)
    {
        Interlocked.Increment(ref resolved ? ref _crossReferences : ref _unresolvedReferences);
        if (external)
        {
            Interlocked.Increment(ref _externalReferences);
        }
    }

    public void AddCitations(int resolved, int unresolved)
    {
        Interlocked.Add(ref _citations, resolved);
        Interlocked.Add(ref _unresolvedCitations, unresolved);
    }

    public void AddImage() => Interlocked.Increment(ref _images);
}
