using System.Diagnostics;
using System.Globalization;

namespace Book.Grader.Sandbox;

/// <summary>
/// bubblewrap (<c>bwrap</c>) under <c>prlimit</c>. The runner sees a new root holding only: the dotnet
/// host, hostfxr and the one shared-framework folder (read-only), the system libraries those
/// load (found with ldd, each bound read-only by file), the private folder at <c>/sandbox</c>
/// (read-only), a private empty <c>/tmp</c>, a fresh <c>/proc</c> of its own PID namespace and a
/// minimal <c>/dev</c>. All namespaces are unshared (no network: only a loopback-less net namespace),
/// the environment is cleared, and it dies with the grader. rlimits: address space, CPU seconds,
/// open files, no core dumps; /tmp is a 16 MB tmpfs. Threads and processes: a pids cgroup where the
/// host allows one (<see cref="PidsCgroup"/>, which explains why RLIMIT_NPROC would not do).
/// </summary>
public sealed class BubblewrapSandbox : ISandbox
{
    private static readonly Lazy<string?> _unavailable = new(Probe);
    private static readonly Lazy<IReadOnlyList<string>> _libraries = new(FindLibraries);

    public string Name => "bubblewrap";

    public string? Unavailable => _unavailable.Value;

    public string PrivatePathInside(RunnerLaunch launch) => "/sandbox";

    /// <summary>
    /// Finds the system libraries to bind (one ldd process per runtime binary: seconds on a loaded
    /// machine) and the pids cgroup root in the background, so that work overlaps with loading the
    /// exercise instead of delaying the first runner's start.
    /// </summary>
    public void Prepare() => _ = Task.Run(() => (_libraries.Value, PidsCgroup.Reason));

    public ProcessStartInfo CreateStartInfo(RunnerLaunch launch, SandboxLimits limits)
    {
        ProcessStartInfo info;
        if (PidsCgroup.Create() is { } procs)
        {
            // The shell joins the runner's pids cgroup, then becomes prlimit: everything below it
            // (bwrap, the runtime, its threads) is counted against pids.max.
            info = new ProcessStartInfo("/bin/sh");
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("echo $$ > \"$0\" && exec \"$@\"");
            info.ArgumentList.Add(procs);
            info.ArgumentList.Add(Which("prlimit")!);
        }
        else
        {
            info = new ProcessStartInfo(Which("prlimit")!);
        }

        var a = info.ArgumentList;
        a.Add(string.Create(CultureInfo.InvariantCulture, $"--as={limits.AddressSpaceBytes}"));
        a.Add(string.Create(CultureInfo.InvariantCulture, $"--cpu={limits.CpuSeconds}"));
        a.Add("--core=0");
        a.Add("--nofile=256");
        a.Add("--");
        a.Add(Which("bwrap")!);
        foreach (var arg in new[] { "--unshare-all", "--die-with-parent", "--new-session", "--clearenv", "--cap-drop", "ALL" })
        {
            a.Add(arg);
        }

        foreach (var (key, value) in launch.Environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            a.Add("--setenv");
            a.Add(key);
            a.Add(value);
        }

        Bind(a, launch.DotnetHost);
        Bind(a, Path.Combine(launch.DotnetRoot, "host"));
        Bind(a, launch.FrameworkDirectory);
        foreach (var library in _libraries.Value)
        {
            Bind(a, library);
        }

        a.Add("--ro-bind");
        a.Add(launch.PrivateDirectory);
        a.Add("/sandbox");
        // The private /tmp is a small tmpfs: what the runner may write is bounded by its size. (RLIMIT_FSIZE
        // cannot be used: the runtime sizes a memory-mapped file for its JIT at start-up and dies under it.)
        a.Add("--size");
        a.Add(SandboxLimits.TmpBytes.ToString(CultureInfo.InvariantCulture));
        foreach (var arg in new[] { "--tmpfs", "/tmp", "--proc", "/proc", "--dev", "/dev", "--chdir", "/tmp", "--" })
        {
            a.Add(arg);
        }

        a.Add(launch.DotnetHost);
        a.Add("/sandbox/Book.Grader.Runner.dll");
        return info;
    }

    private static void Bind(IList<string> args, string path)
    {
        args.Add("--ro-bind");
        args.Add(path);
        args.Add(path);
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "bubblewrap needs Linux";
        }

        if (Which("bwrap") is null)
        {
            return "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)";
        }

        if (Which("prlimit") is null)
        {
            return "prlimit is not installed (Debian/Ubuntu: apt-get install util-linux)";
        }

        // Namespaces can be forbidden (containers without user namespaces): try once.
        var info = new ProcessStartInfo(Which("bwrap")!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--unshare-all", "--ro-bind", "/", "/", "--", "/bin/true" })
        {
            info.ArgumentList.Add(arg);
        }

        using var probe = Process.Start(info)!;
        var error = probe.StandardError.ReadToEnd();
        probe.WaitForExit();
        return probe.ExitCode == 0 ? null : $"bwrap cannot create namespaces here: {error.Trim()}";
    }

    // The shared libraries the dotnet host and the framework's native parts load, as ldd resolves them.
    private static IReadOnlyList<string> FindLibraries()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(framework, "..", "..", ".."));
        var binaries = new List<string> { Path.Combine(root, "dotnet") };
        binaries.AddRange(Directory.GetFiles(Path.Combine(root, "host", "fxr"), "*.so", SearchOption.AllDirectories));
        binaries.AddRange(Directory.GetFiles(framework, "*.so"));
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var binary in binaries)
        {
            var info = new ProcessStartInfo("ldd", [binary]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var ldd = Process.Start(info)!;
            var output = ldd.StandardOutput.ReadToEnd();
            ldd.StandardError.ReadToEnd();
            ldd.WaitForExit();
            foreach (var token in output.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.StartsWith('/') && File.Exists(token) && !token.StartsWith(root, StringComparison.Ordinal))
                {
                    found.Add(token);
                }
            }
        }

        return [.. found];
    }

    internal static string? Which(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':'))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
