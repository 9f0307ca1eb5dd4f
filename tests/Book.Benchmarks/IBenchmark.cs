namespace Book.Benchmarks;

public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    int Run(string[] args);
}
