namespace Book.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Book.Benchmarks -- NAME [options]</c>.
/// Each benchmark runs our code and its named peer in the same run and prints medians and ratios.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var benchmarks = BenchmarkCatalog.All().ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
        if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
        {
            Console.Error.WriteLine("usage: Book.Benchmarks NAME [options]");
            Console.Error.WriteLine("benchmarks:");
            foreach (var b in benchmarks.Values.OrderBy(b => b.Name, StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"  {b.Name,-16} {b.Description}");
            }

            return args.Length == 0 ? 0 : 2;
        }

        return benchmark.Run(args[1..]);
    }
}
