namespace Book.Grader.Sandbox;

/// <summary>
/// Limits of one runner process: the managed heap cap (the GC's hard limit, so a memory bomb gets an
/// OutOfMemoryException inside the runner), the address-space cap behind it for native memory, total
/// and CPU seconds. What it may write is bounded by its private /tmp's size.
/// </summary>
public sealed record SandboxLimits(int MemoryMb, int CpuSeconds)
{
    // The GC reserves address space beyond its heap limit; 2 GB of headroom is what the runtime
    // needed to start on this machine's kernel (measured: 1 GB fails at GC initialisation).
    public long AddressSpaceBytes => (MemoryMb + 2048L) * 1024 * 1024;

    public long HeapHardLimitBytes => MemoryMb * 1024L * 1024;

    /// <summary>Size of the private tmpfs at /tmp.</summary>
    public const long TmpBytes = 16 << 20;
}
