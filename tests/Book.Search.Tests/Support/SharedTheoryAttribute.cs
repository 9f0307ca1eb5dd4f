namespace Book.Search.Tests.Support;

/// <summary>A theory over the lunr goldens; skipped when <c>../shared/conformance/lunr</c> is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (RepoPaths.LunrConformance is null)
        {
            Skip = "../shared/conformance/lunr is absent (it sits beside the repository in CI); lunr goldens not checked";
        }
    }
}
