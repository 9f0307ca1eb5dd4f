using System.Diagnostics;

namespace Book.Benchmarks;

/// <summary>Shared statistics for benchmarks: medians and dispersion, never a single sample.</summary>
public static class Measure
{
    public static double Median(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("no samples", nameof(samples));
        }

        var sorted = samples.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Median absolute deviation, a robust dispersion.</summary>
    public static double Mad(IReadOnlyList<double> samples)
    {
        var median = Median(samples);
        return Median(samples.Select(s => Math.Abs(s - median)).ToArray());
    }

    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>Wall time of one call, in milliseconds.</summary>
    public static double Milliseconds(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
