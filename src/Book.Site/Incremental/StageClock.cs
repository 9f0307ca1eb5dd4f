using System.Diagnostics;

namespace Book.Site.Incremental;

/// <summary>Times the stages of one rebuild, one after the other.</summary>
public sealed class StageClock
{
    private readonly List<StageTime> _times = [];
    private long _start = Stopwatch.GetTimestamp();

    public IReadOnlyList<StageTime> Times => _times;

    /// <summary>Closes the stage that ran since the last mark under <paramref name="stage"/>.</summary>
    public void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        _times.Add(new StageTime(stage, Stopwatch.GetElapsedTime(_start, now).TotalMilliseconds));
        _start = now;
    }
}
