namespace Book.Grader.Benchmarking;

/// <summary>Robust statistics of the per-pair speed ratios: median, and median absolute deviation relative to it.</summary>
public static class SpeedStatistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double RelativeMad(IReadOnlyList<double> values)
    {
        var median = Median(values);
        return Median(values.Select(v => Math.Abs(v - median)).ToArray()) / median;
    }

    public static double GeometricMean(IReadOnlyList<double> values) =>
        Math.Exp(values.Average(Math.Log));
}
