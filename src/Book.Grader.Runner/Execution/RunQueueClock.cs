namespace Book.Grader.Runner.Execution;

/// <summary>
/// How long the calling thread has waited, runnable, for a CPU (its run-queue delay), and how long it
/// has run, from Linux's <c>/proc/thread-self/schedstat</c> (nanoseconds). The benchmark subtracts
/// the wait from each call's wall time: on a loaded machine a kernel's wall time is mostly time spent
/// descheduled behind other processes, which says nothing about the kernel. Time the thread spends
/// blocked (a parallel kernel waiting for its workers) is not a run-queue wait, so it still counts.
/// One instance per thread: the file is opened by, and describes, the thread that creates it.
/// </summary>
public sealed class RunQueueClock : IDisposable
{
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle? _file;
    private readonly byte[] _buffer = new byte[128];

    private RunQueueClock(Microsoft.Win32.SafeHandles.SafeFileHandle? file) => _file = file;

    /// <summary>False where the file cannot be read (not Linux, no schedstat): callers use wall time.</summary>
    public bool Available => _file is not null;

    /// <summary>Opens the calling thread's schedstat, or returns an unavailable clock.</summary>
    public static RunQueueClock ForCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return new RunQueueClock(null);
        }

        try
        {
            var file = File.OpenHandle("/proc/thread-self/schedstat");
            var clock = new RunQueueClock(file);
            return clock.Read().Waited >= 0 ? clock : Unavailable(clock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return new RunQueueClock(null);
        }
    }

    /// <summary>
    /// Milliseconds the thread has run on a CPU and waited for one, since it started. The wait is
    /// exact at any read (a wait is added when the thread gets a CPU back, and a thread reading is
    /// running); the running time is only brought up to date at scheduler ticks and switches.
    /// </summary>
    public (double Ran, double Waited) Read()
    {
        if (_file is null)
        {
            return (0, 0);
        }

        // One pread from offset 0 (the kernel regenerates the line on every read), parsed without
        // allocating: this runs inside the timed bracket.
        var n = RandomAccess.Read(_file, _buffer, 0);
        var i = 0;
        var ran = Number(_buffer, n, ref i);
        var waited = Number(_buffer, n, ref i);
        return (ran / 1e6, waited / 1e6);
    }

    private static long Number(byte[] text, int length, ref int i)
    {
        while (i < length && text[i] == (byte)' ')
        {
            i++;
        }

        var start = i;
        long value = 0;
        while (i < length && text[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = value * 10 + (text[i++] - '0');
        }

        return i > start ? value : throw new FormatException("unexpected /proc/thread-self/schedstat format");
    }

    private static RunQueueClock Unavailable(RunQueueClock clock)
    {
        clock.Dispose();
        return new RunQueueClock(null);
    }

    public void Dispose() => _file?.Dispose();
}
