using System.Diagnostics;
using System.Globalization;

namespace Book.Cli.Commands.Build;

/// <summary>
/// <c>book build --timings</c>: how long each stage of the build took, from one progress report to the next,
/// so a contributor can see where the time of a slow build goes without a profiler.
/// </summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Start)> _starts = [];

    public void Record(string stage) => _starts.Add((stage, _clock.Elapsed));

    public void Print(TextWriter writer)
    {
        var end = _clock.Elapsed;
        writer.WriteLine("stage timings:");
        for (var i = 0; i < _starts.Count; i++)
        {
            var next = i + 1 < _starts.Count ? _starts[i + 1].Start : end;
            var ms = (next - _starts[i].Start).TotalMilliseconds;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {_starts[i].Stage,-24} {ms,8:0} ms"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-24} {end.TotalMilliseconds,8:0} ms"));
        // Allocation drives much of a short run's cost (collections, fresh pages): shown so a change's effect on it is visible.
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  memory: {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated, collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
    }
}
