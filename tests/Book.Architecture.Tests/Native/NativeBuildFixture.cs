using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Book.Architecture.Tests.Native;

/// <summary>
/// The CLI published as the README's native build, once for the test class: from a copy of the sources
/// (so that the publish never rewrites the assemblies other test projects are running from).
/// </summary>
public sealed class NativeBuildFixture : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "book-native-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<string> _executable;

    public NativeBuildFixture()
    {
        _executable = new Lazy<string>(Publish);
    }

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Book.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Book.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Path of the native <c>book</c> executable (published on first use).</summary>
    public string Executable => _executable.Value;

    public (int Exit, string Output, string Error) Run(params string[] args) => RunIn(null, args);

    public (int Exit, string Output, string Error) RunIn(string? workingDirectory, params string[] args) =>
        RunProcess(Executable, args, workingDirectory ?? Environment.CurrentDirectory);

    private string Publish()
    {
        var source = Path.Combine(_work, "repo");
        Directory.CreateDirectory(source);
        foreach (var file in (string[])["Directory.Build.props", "Directory.Packages.props", "global.json"])
        {
            File.Copy(Path.Combine(RepoRoot, file), Path.Combine(source, file));
        }

        CopySources(Path.Combine(RepoRoot, "src"), Path.Combine(source, "src"));
        var output = Path.Combine(_work, "native");
        // At the lowest priority, with fresh build processes that inherit it: the native compiler keeps both
        // cores busy for minutes, and the other test projects (timing-sensitive ones among them) run meanwhile.
        var (exit, log, errors) = RunProcess("nice", ["-n", "19", "dotnet", "publish", "src/Book.Cli/Book.Cli.csproj", "--disable-build-servers",
            "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-o", output], source);
        var executable = Path.Combine(output, "book");
        if (exit != 0 || !File.Exists(executable))
        {
            throw new InvalidOperationException($"the native publish failed (exit {exit}):\n{log}\n{errors}");
        }

        return executable;
    }

    private static (int Exit, string Output, string Error) RunProcess(string fileName, IEnumerable<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static void CopySources(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            if (Path.GetFileName(dir) is not ("bin" or "obj" or "node_modules"))
            {
                CopySources(dir, Path.Combine(to, Path.GetFileName(dir)));
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
