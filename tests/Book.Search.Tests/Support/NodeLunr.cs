using System.Diagnostics;
using System.Text.Json;

namespace Book.Search.Tests.Support;

/// <summary>
/// Runs lunr.js 2.3.9 (the npm package pinned in <c>tests/Book.Search.Tests/node</c>) through node. The
/// first use installs it with <c>npm ci</c> when <c>node_modules</c> is missing, so a plain
/// <c>dotnet test</c> works on a fresh machine that has node and npm.
/// </summary>
public static class NodeLunr
{
    private static readonly Lazy<string?> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Book.Search.Tests", "node");

    /// <summary>Why node tests cannot run here, or null when node is on PATH.</summary>
    public static string? Unavailable => FindOnPath("node") is null ? "node is not on PATH; the lunr.js cross-check needs node (and npm for the first run)" : null;

    /// <summary>Sends <paramref name="request"/> to crosscheck.js and returns its JSON answer.</summary>
    public static JsonDocument Run(object request)
    {
        if (Installed.Value is { } error)
        {
            throw new InvalidOperationException(error);
        }

        var requestPath = Path.Combine(Path.GetTempPath(), $"book-lunr-{Guid.NewGuid():N}.json");
        File.WriteAllText(requestPath, JsonSerializer.Serialize(request));
        try
        {
            var (code, stdout, stderr) = Exec("node", [Path.Combine(Folder, "crosscheck.js"), requestPath], Folder, TimeSpan.FromMinutes(2));
            if (code != 0)
            {
                throw new InvalidOperationException($"node crosscheck.js failed ({code}): {stderr}");
            }

            return JsonDocument.Parse(stdout);
        }
        finally
        {
            File.Delete(requestPath);
        }
    }

    private static string? Install()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "lunr", "package.json")))
        {
            return null;
        }

        var npm = FindOnPath("npm");
        if (npm is null)
        {
            return "node_modules is missing and npm is not on PATH: run `npm ci` in " + Folder;
        }

        var (code, stdout, stderr) = Exec(npm, ["ci", "--no-audit", "--no-fund"], Folder, TimeSpan.FromMinutes(5));
        return code == 0 ? null : $"`npm ci` in {Folder} failed ({code}): {stdout}{stderr}";
    }

    private static (int Code, string Stdout, string Stderr) Exec(string file, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, string.Empty, $"timed out after {timeout}");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
