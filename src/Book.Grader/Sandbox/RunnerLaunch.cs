namespace Book.Grader.Sandbox;

/// <summary>
/// What to start: the dotnet host and the shared-framework folder it must see, the private folder
/// holding the runner, the submission and the baseline (and nothing else), and the environment.
/// </summary>
public sealed record RunnerLaunch(
    string DotnetHost,
    string DotnetRoot,
    string FrameworkDirectory,
    string PrivateDirectory,
    IReadOnlyDictionary<string, string> Environment);
