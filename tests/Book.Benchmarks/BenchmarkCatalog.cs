namespace Book.Benchmarks;

/// <summary>Every benchmark, one line each. Each lives in its own folder.</summary>
public static class BenchmarkCatalog
{
    public static IEnumerable<IBenchmark> All()
    {
        yield return new Kernels.KernelBenchmark();
    }
}
