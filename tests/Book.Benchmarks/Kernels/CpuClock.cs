using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// CPU time of this process (all its threads), in milliseconds, from clock_gettime with nanosecond
/// resolution. On a shared machine a wall-clock sample includes the time the scheduler gave to other
/// processes; CPU time does not, so it is the steadier measure when the load average exceeds the
/// number of cores. It counts every thread of the process, so work a library hands to helper
/// threads is not hidden. Where the clock is unavailable it falls back to wall time.
/// </summary>
public static class CpuClock
{
    private const int ClockProcessCpuTimeId = 2;

    public static bool Available { get; } = Probe();

    public static double NowMs()
    {
        if (Available && clock_gettime(ClockProcessCpuTimeId, out var t) == 0)
        {
            return t.Seconds * 1e3 + t.Nanoseconds / 1e6;
        }

        return Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;
    }

    private static bool Probe()
    {
        try
        {
            return OperatingSystem.IsLinux() && clock_gettime(ClockProcessCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
