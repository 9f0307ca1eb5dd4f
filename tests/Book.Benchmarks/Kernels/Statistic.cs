namespace Book.Benchmarks.Kernels;

/// <summary>A sample summarised robustly: median and median absolute deviation (also as a fraction of the median).</summary>
public sealed record Statistic(double Median, double Mad, int Count)
{
    public double RelativeMad => Median == 0 ? 0 : Mad / Median;

    public static Statistic Of(IReadOnlyList<double> samples) =>
        new(Book.Benchmarks.Measure.Median(samples), Book.Benchmarks.Measure.Mad(samples), samples.Count);
}
