namespace Book.Search.Tests.Support;

/// <summary>A fact that needs <c>../shared/conformance/lunr</c>; skipped (not passed) when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.LunrConformance is null)
        {
            Skip = "../shared/conformance/lunr is absent (it sits beside the repository in CI); lunr goldens not checked";
        }
    }
}
