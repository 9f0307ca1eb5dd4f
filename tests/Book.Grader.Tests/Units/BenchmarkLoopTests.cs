using Book.Grader.Compilation;
using Book.Grader.Runner.Execution;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Units;

/// <summary>
/// The runner's benchmark loop, in this process: a kernel against itself measures about 1.00; a
/// kernel that hides its work on another thread while the calling thread waits is still timed for
/// that work (blocking is not a run-queue wait). Not run beside other tests, which would load the CPUs.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class BenchmarkLoopTests : IDisposable
{
    private const string Sequential = """
        namespace K;
        public static class Kernel
        {
            public static void Scale(float[] x, float[] y)
            {
                for (var r = 0; r < 8; r++)
                {
                    for (var i = 0; i < x.Length; i++)
                    {
                        y[i] += x[i] * 1.0001f;
                    }
                }
            }
        }
        """;

    // The same work, done on a pool thread while the calling thread waits (uses no CPU of its own).
    private const string Hidden = """
        namespace K;
        public static class Kernel
        {
            public static void Scale(float[] x, float[] y) => System.Threading.Tasks.Task.Run(() =>
            {
                for (var r = 0; r < 8; r++)
                {
                    for (var i = 0; i < x.Length; i++)
                    {
                        y[i] += x[i] * 1.0001f;
                    }
                }
            }).Wait();
        }
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("benchmark-loop-");

    [Fact]
    public void A_kernel_against_itself_measures_one()
    {
        // Other test assemblies run at the same time as this one (dotnet test runs projects in parallel),
        // so one measurement can land outside the band by bad luck (1.19 seen in CI). A biased loop misses
        // it every time: up to three measurements, and one inside the band passes.
        var attempts = new List<string>();
        using var clock = RunQueueClock.ForCurrentThread();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var measurement = Measure(Sequential, Sequential);
            var ratio = Median(measurement.BaselineMs.Zip(measurement.SubmissionMs, (b, s) => b / s));
            var what = $"clock {measurement.Clock}, ratio {ratio:F3} over {measurement.SubmissionMs.Length} pairs";
            Assert.True(measurement.Clock == (clock.Available ? "wall-minus-runqueue" : "wall"), what);
            Assert.True(measurement.SubmissionMs.Length >= 10, what);
            Assert.NotEmpty(measurement.CheckedOutputs);
            attempts.Add(what);
            if (ratio is > 0.85 and < 1.18)
            {
                return;
            }
        }

        Assert.Fail("A/A ratio outside 0.85-1.18 three times: " + string.Join("; ", attempts));
    }

    [Fact]
    public void Work_hidden_on_another_thread_is_still_timed()
    {
        var measurement = Measure(Hidden, Sequential);
        var ratio = Median(measurement.BaselineMs.Zip(measurement.SubmissionMs, (b, s) => b / s));
        Assert.True(ratio is > 0.2 and < 3, $"clock {measurement.Clock}, ratio {ratio:F3}: the hidden work was not counted");
    }

    private BenchmarkMeasurement Measure(string submission, string baseline)
    {
        var x = Enumerable.Range(0, 50_000).Select(i => (float)Math.Sin(i)).ToArray();
        var request = new BenchmarkRequest("Scale", [x, new float[x.Length]], [1], MinMs: 300, MaxMs: 3000, CheckSeed: 7);
        return new BenchmarkLoop(Load(submission, "submission"), Load(baseline, "baseline")).Run(request);
    }

    private KernelTarget Load(string source, string name)
    {
        var compiled = CompileSources.Compile(name, [new SourceFile(name + ".cs", source)], allowUnsafe: false);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        var path = Path.Combine(_dir.FullName, name + ".dll");
        File.WriteAllBytes(path, compiled.Image!);
        return KernelTarget.Load(path, "K.Kernel", name);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    public void Dispose()
    {
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Loaded assemblies may still be mapped; the temp folder is cleaned by the OS.
        }
    }
}
