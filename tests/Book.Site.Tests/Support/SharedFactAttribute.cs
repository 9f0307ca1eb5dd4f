namespace Book.Site.Tests.Support;

/// <summary>A fact that needs <c>../shared/corpus/mlsysbook</c>; skipped (not passed) when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Corpus))
        {
            Skip = $"the MLSysBook corpus is not at {RepoPaths.Corpus} (../shared is only present on the project's machines)";
        }
    }
}
