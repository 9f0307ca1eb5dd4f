namespace Book.Benchmarks.Search;

/// <summary>
/// Fifty queries a reader of the corpus book might type: single words, two words, prefixes, field
/// queries and typos (lunr's <c>~1</c>). They go through the page's own search code path, fallbacks
/// included (a query with no hits is retried as words, then as prefixes).
/// </summary>
public static class SearchQueries
{
    public static readonly IReadOnlyList<string> All =
    [
        // single words (20)
        "quantization", "pruning", "latency", "gpu", "tpu", "inference", "training", "benchmark", "energy",
        "bandwidth", "tinyml", "accelerator", "distillation", "sparsity", "throughput", "memory", "transformer",
        "mlops", "drift", "roofline",
        // two words (12)
        "model compression", "data pipeline", "neural network", "memory bandwidth", "batch size",
        "edge devices", "systolic array", "knowledge distillation", "power consumption", "mixed precision",
        "model monitoring", "matrix multiplication",
        // prefix wildcards (8)
        "quant*", "optim*", "accel*", "bench*", "deploy*", "spars*", "calib*", "effic*",
        // field queries (5)
        "section:benchmark", "chapter:hardware", "section:quantization", "section:pruning", "chapter:operations",
        // typos with an edit distance (5)
        "quantizaton~1", "latancy~1", "acelerator~1", "trainng~1", "benchmrk~1",
    ];
}
