using System.Diagnostics;

namespace Book.Grader.Sandbox;

/// <summary>
/// <c>--no-sandbox</c>: the runner runs as a plain child process (local practice only). The
/// submission still runs in another process, under the static API check, with the protocol and
/// time-outs of the sandboxed path, but nothing stops it from reading files or using the network.
/// </summary>
public sealed class NoSandbox : ISandbox
{
    public string Name => "none";

    public string? Unavailable => null;

    public string PrivatePathInside(RunnerLaunch launch) => launch.PrivateDirectory;

    public ProcessStartInfo CreateStartInfo(RunnerLaunch launch, SandboxLimits limits)
    {
        var info = new ProcessStartInfo(launch.DotnetHost) { WorkingDirectory = launch.PrivateDirectory };
        info.ArgumentList.Add(Path.Combine(launch.PrivateDirectory, "Book.Grader.Runner.dll"));
        info.Environment.Clear();
        foreach (var (key, value) in launch.Environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }
}
