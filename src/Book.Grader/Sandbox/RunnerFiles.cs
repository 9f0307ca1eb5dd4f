using System.Globalization;

namespace Book.Grader.Sandbox;

/// <summary>
/// The private folder a runner sees: the runner assembly (found next to Book.Grader.dll; every
/// project referencing the grader gets it copied there), a runtimeconfig naming the exact framework
/// version the grader runs on, the submission and the baseline. Nothing from the exercise's hidden
/// tests or reference ever goes in. Deleted on dispose.
/// </summary>
public sealed class RunnerFiles : IDisposable
{
    public const string RunnerAssembly = "Book.Grader.Runner.dll";

    private RunnerFiles(string directory, RunnerLaunch launch)
    {
        Directory = directory;
        Launch = launch;
    }

    public string Directory { get; }

    public RunnerLaunch Launch { get; }

    public static string LocateRunner()
    {
        foreach (var dir in new[] { Path.GetDirectoryName(typeof(RunnerFiles).Assembly.Location), AppContext.BaseDirectory })
        {
            if (dir is not null && File.Exists(Path.Combine(dir, RunnerAssembly)))
            {
                return Path.Combine(dir, RunnerAssembly);
            }
        }

        throw new FileNotFoundException($"{RunnerAssembly} not found next to Book.Grader.dll; reference the Book.Grader.Runner project so it is copied to the output");
    }

    public static RunnerFiles Create(byte[] submission, byte[]? baseline, SandboxLimits limits)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("book-grade-").FullName;
        File.Copy(LocateRunner(), Path.Combine(dir, RunnerAssembly));
        File.WriteAllText(Path.Combine(dir, "Book.Grader.Runner.runtimeconfig.json"), RuntimeConfig(limits));
        File.WriteAllBytes(Path.Combine(dir, "submission.dll"), submission);
        if (baseline is not null)
        {
            File.WriteAllBytes(Path.Combine(dir, "baseline.dll"), baseline);
        }

        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(framework, "..", "..", ".."));
        var host = Path.Combine(root, "dotnet");
        if (!File.Exists(host))
        {
            host = BubblewrapSandbox.Which("dotnet") is { } onPath ? Path.GetFullPath(new FileInfo(onPath).ResolveLinkTarget(true)?.FullName ?? onPath) : host;
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = "/tmp",
            ["TMPDIR"] = "/tmp",
            // No diagnostics IPC socket (it would be created in /tmp) and no debugger attach.
            ["DOTNET_EnableDiagnostics"] = "0",
            // Tier up as soon as the call count is reached, so the benchmark's warm-up settles sooner.
            // Not TC_QuickJitForLoops=0 (nor AggressiveOptimization): a kernel compiled fully optimized
            // at its first call is never recompiled at tier 1, where static readonly fields are
            // constants and class-initialization checks are gone; one reference ran 3.5x slower so.
            ["DOTNET_TC_CallCountingDelayMs"] = "0",
            // Queued for tier 1 after a few calls, not 30: the benchmark's warm-up ends when the JIT
            // has been quiet for a round, and a slow baseline no longer needs 30 calls to get there.
            ["DOTNET_TC_CallCountThreshold"] = Book.Grader.Runner.Execution.BenchmarkLoop.TierUpCalls.ToString(CultureInfo.InvariantCulture),
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_gcConcurrent"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
        };
        return new RunnerFiles(dir, new RunnerLaunch(host, root, framework, dir, environment));
    }

    private static string RuntimeConfig(SandboxLimits limits) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "runtimeOptions": {
            "tfm": "net{{Environment.Version.Major}}.{{Environment.Version.Minor}}",
            "framework": { "name": "Microsoft.NETCore.App", "version": "{{Environment.Version}}" },
            "configProperties": {
              "System.GC.HeapHardLimit": {{limits.HeapHardLimitBytes}},
              "System.GC.Server": false,
              "System.GC.Concurrent": false,
              "System.Globalization.Invariant": true
            }
          }
        }
        """);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A runner killed a moment ago may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
