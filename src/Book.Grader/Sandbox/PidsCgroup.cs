using System.Globalization;

namespace Book.Grader.Sandbox;

/// <summary>
/// A real cap on the runner's threads and processes: a cgroup of the <c>pids</c> controller per
/// runner, whose <c>pids.max</c> counts every task (thread or process) inside it.
/// Why not RLIMIT_NPROC: the grader runs as root in CI, and the kernel never applies RLIMIT_NPROC to
/// root (or to anyone holding CAP_SYS_RESOURCE/CAP_SYS_ADMIN); bubblewrap's user namespace does not
/// help, because its uid mapping still maps to host root, which is what the check looks at.
/// The cgroup needs a writable pids hierarchy (cgroup v1 <c>/sys/fs/cgroup/pids</c>, or v2 with the
/// controller enabled) and no systemd. Where it is missing the runner still cannot start threads or
/// processes through the API check (Thread, Task.Run, ThreadPool, Process are refused at the
/// student's line; Parallel.For only borrows the bounded thread pool), and the CPU-seconds and
/// wall-clock limits end anything else. <see cref="Reason"/> says which case holds.
/// </summary>
public static class PidsCgroup
{
    /// <summary>Tasks one runner may hold: the runtime starts about 20 (JIT, GC, finalizer, pool).</summary>
    public const int MaxTasks = 64;

    private const string Prefix = "book-grader-";
    private static readonly Lazy<string?> _root = new(FindRoot);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTime> _created = new(StringComparer.Ordinal);
    private static int _counter;

    /// <summary>Null when the limit is applied; otherwise why not.</summary>
    public static string? Reason => _root.Value is null ? "no writable cgroup pids hierarchy" : null;

    /// <summary>Creates a fresh cgroup and returns its cgroup.procs path, or null when unavailable.</summary>
    public static string? Create()
    {
        if (_root.Value is not { } root)
        {
            return null;
        }

        Sweep(root);
        var dir = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}"));
        try
        {
            Directory.CreateDirectory(dir);
            _created[dir] = DateTime.UtcNow;
            File.WriteAllText(Path.Combine(dir, "pids.max"), MaxTasks.ToString(CultureInfo.InvariantCulture));
            return Path.Combine(dir, "cgroup.procs");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Empty cgroups of graders no longer running, and this grader's own once they are old enough to
    // have been joined (a group is empty between its creation and the runner's shell joining it;
    // runners are started in parallel), are removed. A non-empty group refuses rmdir, so a live
    // runner's group is never touched.
    private static void Sweep(string root, bool exiting = false)
    {
        foreach (var dir in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            var owner = Path.GetFileName(dir)[Prefix.Length..].Split('-')[0];
            var mine = owner == Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            if (mine && !exiting && (!_created.TryGetValue(dir, out var at) || DateTime.UtcNow - at < TimeSpan.FromSeconds(30)))
            {
                continue;
            }

            if (!mine && int.TryParse(owner, CultureInfo.InvariantCulture, out var pid) && Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(dir, "pids.current")).Trim() == "0")
                {
                    Directory.Delete(dir);
                    _created.TryRemove(dir, out _);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still in use or already gone.
            }
        }
    }

    private static string? FindRoot()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var root in new[] { "/sys/fs/cgroup/pids", "/sys/fs/cgroup" })
        {
            if (!File.Exists(Path.Combine(root, "cgroup.procs")) || (root == "/sys/fs/cgroup" && !ControllerEnabled(root)))
            {
                continue;
            }

            var probe = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-probe"));
            try
            {
                Directory.CreateDirectory(probe);
                var ok = File.Exists(Path.Combine(probe, "pids.max"));
                Directory.Delete(probe);
                if (ok)
                {
                    // The last runner's group outlives it until the next sweep; leave none behind.
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => Sweep(root, exiting: true);
                    return root;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Read-only or delegated elsewhere: try the next layout.
            }
        }

        return null;
    }

    private static bool ControllerEnabled(string root)
    {
        var control = Path.Combine(root, "cgroup.subtree_control");
        return File.Exists(control) && File.ReadAllText(control).Split(' ', '\n').Contains("pids");
    }
}
