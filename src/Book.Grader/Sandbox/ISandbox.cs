using System.Diagnostics;

namespace Book.Grader.Sandbox;

/// <summary>How the runner process is isolated. One real implementation (bubblewrap) and an explicit opt-out.</summary>
public interface ISandbox
{
    string Name { get; }

    /// <summary>Null when usable; otherwise why not, in words for the user.</summary>
    string? Unavailable { get; }

    /// <summary>Where the private folder appears inside the sandbox.</summary>
    string PrivatePathInside(RunnerLaunch launch);

    ProcessStartInfo CreateStartInfo(RunnerLaunch launch, SandboxLimits limits);
}
