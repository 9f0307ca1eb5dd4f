using System.Diagnostics;
using Book.Grader.Results;

namespace Book.Grader.Grading;

/// <summary>Records the wall time of consecutive phases of one grade.</summary>
public sealed class PhaseClock
{
    private readonly List<PhaseTime> _phases = [];
    private long _start = Stopwatch.GetTimestamp();

    public IReadOnlyList<PhaseTime> Phases => _phases;

    /// <summary>Ends the phase running since the last mark (or since construction) under this name.</summary>
    public void Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        _phases.Add(new PhaseTime(phase, Stopwatch.GetElapsedTime(_start, now).TotalMilliseconds));
        _start = now;
    }
}
