using Book.Grader.Sandbox;

namespace Book.Grader.Tests.Support;

/// <summary>A fact that needs bubblewrap; skipped, saying why, where it is missing.</summary>
public sealed class SandboxFactAttribute : FactAttribute
{
    public SandboxFactAttribute()
    {
        if (new BubblewrapSandbox().Unavailable is { } why)
        {
            Skip = $"needs the bubblewrap sandbox: {why}";
        }
    }
}
