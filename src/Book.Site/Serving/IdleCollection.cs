using System.Runtime;

namespace Book.Site.Serving;

/// <summary>
/// Moves the preview's garbage collections out of the time between a save and its reload. A rebuild
/// allocates some 20 MB (a parsed and rendered chapter), enough to trigger a collection during nearly
/// every rebuild, and the threads then wait for it. So, once the preview is idle, it collects and opens
/// a no-GC region (<see cref="GC.TryStartNoGCRegion(long)"/>) that the next rebuild allocates into; the
/// rebuild closes it when its reload is sent. A rebuild that allocates more than the budget (a full
/// build) simply ends the region early and collects as usual.
/// </summary>
public static class IdleCollection
{
    /// <summary>Several times what a chapter's rebuild allocates; the heap may grow this much before a collection.</summary>
    public const long Budget = 96L * 1024 * 1024;

    /// <summary>Collects now and lets the next allocations run without collections. Call only when idle.</summary>
    public static bool Begin()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return true;
        }

        try
        {
            return GC.TryStartNoGCRegion(Budget);
        }
        catch (InvalidOperationException)
        {
            return false; // another thread opened a region meanwhile
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // the budget does not fit this runtime's heap layout: keep collecting as usual
        }
    }

    /// <summary>Ends the region the last <see cref="Begin"/> opened, if it still stands.</summary>
    public static void End()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region ended by itself (its budget was used up): nothing to close.
        }
    }
}
