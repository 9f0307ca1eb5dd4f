using System.Diagnostics;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// Pins the benchmark to one CPU so neither side is migrated mid-sample (a migration costs a cold
/// L1/L2, which on a 2-core machine would land on whichever kernel happened to be running).
/// On Linux, Process.ProcessorAffinity calls sched_setaffinity on the process id, which is the
/// main thread's id: it pins the main thread (where both our kernels and ONNX Runtime's single
/// intra-op thread run) and every thread it starts afterwards.
/// </summary>
public static class CpuPinning
{
    /// <summary>Pins to <paramref name="cpu"/>; returns a note for the report, or why it could not.</summary>
    public static string Pin(int cpu)
    {
        if (cpu < 0 || cpu >= Environment.ProcessorCount)
        {
            return $"not pinned (cpu {cpu} does not exist; {Environment.ProcessorCount} CPUs)";
        }

        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return "not pinned (affinity is not settable on this OS)";
        }

        try
        {
            Process.GetCurrentProcess().ProcessorAffinity = (nint)(1L << cpu);
            return $"pinned to cpu {cpu}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
            return $"not pinned ({e.Message})";
        }
    }
}
