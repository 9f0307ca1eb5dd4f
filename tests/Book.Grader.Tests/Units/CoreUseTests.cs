using Book.Grader.Benchmarking;
using Book.Grader.Compilation;

namespace Book.Grader.Tests.Units;

/// <summary>
/// A batch times a kernel beside other grading work only when it runs on one core: Parallel.For,
/// PLINQ and (API check off) threads are seen in the compiled assembly however the source spells them;
/// the exercises' baselines and references are one-core kernels.
/// </summary>
public sealed class CoreUseTests
{
    [Theory]
    [InlineData("System.Threading.Tasks.Parallel.For(0, y.Length, i => y[i] = x[i] * 2);", true)]
    [InlineData("Parallel.For(0, y.Length, i => y[i] = x[i] * 2);", true)]
    [InlineData("x.AsParallel().Select(v => v * 2).ToArray().CopyTo(y, 0);", true)]
    [InlineData("var t = new Thread(() => { }); t.Start(); t.Join();", true)]
    [InlineData("for (var i = 0; i < y.Length; i++) { y[i] = MathF.Round(x[i] * 2); }", false)]
    [InlineData("x.Select(v => v * 2).ToArray().CopyTo(y, 0);", false)]
    public void A_kernel_may_use_several_cores_exactly_when_it_refers_to_threading_or_plinq(string body, bool several)
    {
        var source = $$"""
            namespace K;
            public static class Kernel
            {
                public static void Scale(float[] x, float[] y)
                {
                    {{body}}
                }
            }
            """;
        var compiled = CompileSources.Compile("k", [new SourceFile("k.cs", source)], allowUnsafe: false);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        Assert.Equal(several, CoreUse.MayUseSeveralCores(compiled.Image!));
    }

    [Fact]
    public void The_exercises_baselines_and_references_run_on_one_core()
    {
        var exercises = Path.Combine(Support.RepoPaths.Root, "exercises");
        foreach (var dir in Directory.GetDirectories(exercises).Where(d => File.Exists(Path.Combine(d, "exercise.yml"))))
        {
            foreach (var side in new[] { "baseline", "reference" })
            {
                var compiled = CompileSources.Compile(side, SourceFile.Read(Path.Combine(dir, side)), allowUnsafe: true);
                Assert.True(compiled.Succeeded, $"{dir}/{side}: " + string.Join("\n", compiled.Diagnostics));
                Assert.False(CoreUse.MayUseSeveralCores(compiled.Image!), $"{Path.GetFileName(dir)}/{side} refers to threading");
            }
        }
    }
}
