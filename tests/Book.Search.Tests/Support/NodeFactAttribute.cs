namespace Book.Search.Tests.Support;

/// <summary>
/// A fact that runs lunr.js in node; skipped with the reason when node is absent, or, with
/// <see cref="RequiresShared"/>, when <c>../shared/conformance/lunr</c> is absent.
/// </summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        Skip = NodeLunr.Unavailable;
    }

    public bool RequiresShared
    {
        get => Skip is not null;
        set
        {
            if (value && RepoPaths.LunrConformance is null)
            {
                Skip ??= "../shared/conformance/lunr is absent (it sits beside the repository in CI); book-corpus cross-check not run";
            }
        }
    }
}
