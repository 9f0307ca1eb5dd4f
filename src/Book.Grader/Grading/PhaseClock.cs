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

    /// <summary>
    /// Ends the phase running since the last mark, reported as the given parts (measured elsewhere,
    /// e.g. by the runner) and the rest of its time under <paramref name="rest"/>.
    /// </summary>
    public void Mark(string rest, params (string Phase, double Milliseconds)[] parts)
    {
        var now = Stopwatch.GetTimestamp();
        var total = Stopwatch.GetElapsedTime(_start, now).TotalMilliseconds;
        foreach (var (phase, ms) in parts)
        {
            _phases.Add(new PhaseTime(phase, ms));
        }

        _phases.Add(new PhaseTime(rest, Math.Max(0, total - parts.Sum(p => p.Milliseconds))));
        _start = now;
    }
}
