using Book.Grader.Sandbox;

namespace Book.Grader.Tests.Support;

/// <summary>Runs only where the host has a writable pids cgroup (root, no systemd in the way).</summary>
public sealed class PidsCgroupFactAttribute : FactAttribute
{
    public PidsCgroupFactAttribute()
    {
        if (PidsCgroup.Reason is { } why)
        {
            Skip = $"pids cgroup unavailable here: {why}";
        }
    }
}
