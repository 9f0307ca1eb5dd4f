namespace Book.Benchmarks;

/// <summary>Every benchmark, one line each. Each lives in its own folder.</summary>
public static class BenchmarkCatalog
{
    public static IEnumerable<IBenchmark> All()
    {
        yield return new Serve.LiveEditBenchmark();
        yield return new Build.BuildBenchmark();
        yield return new Search.LunrBuildBenchmark();
        yield return new Search.SearchBrowserBenchmark();
        yield return new Search.SearchStageBenchmark();
        yield return new Kernels.KernelBenchmark();
        yield return new Grading.GradingBenchmark();
    }
}
