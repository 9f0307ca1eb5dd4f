namespace Book.Grader.Runner.Execution;

/// <summary>
/// Whether the runtime's tiered-compilation worker thread (".NET Tiered Compilation Worker", whose
/// Linux thread name is cut to ".NET Tiered Com") is running or waiting for a CPU, read from
/// <c>/proc/self/task</c>. The JIT's compiled-method count moves only when a compile finishes: on a
/// loaded machine the worker can sit in the run queue with tier-1 compiles pending for longer than a
/// warm-up round while the count stands still. Seen so: the worker runnable at the end of warm-ups
/// that had looked quiet. False where /proc cannot be read (the count alone decides then).
/// </summary>
public static class TieringWorker
{
    public static bool Busy()
    {
        try
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                {
                    continue;
                }

                // "pid (comm) S ...": the state follows the last ')'.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var end = stat.LastIndexOf(')');
                return end > 0 && end + 2 < stat.Length && stat[end + 2] is 'R' or 'D';
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The thread exited while being read, or /proc is not there: not busy as far as we know.
        }

        return false;
    }
}
