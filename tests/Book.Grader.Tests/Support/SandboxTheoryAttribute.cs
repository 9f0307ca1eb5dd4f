using Book.Grader.Sandbox;

namespace Book.Grader.Tests.Support;

/// <summary>A theory that needs bubblewrap; skipped, saying why, where it is missing.</summary>
public sealed class SandboxTheoryAttribute : TheoryAttribute
{
    public SandboxTheoryAttribute()
    {
        if (new BubblewrapSandbox().Unavailable is { } why)
        {
            Skip = $"needs the bubblewrap sandbox: {why}";
        }
    }
}
