using Book.Grader.Analysis;
using Book.Grader.Compilation;

namespace Book.Grader.Tests.Units;

public sealed class CheckApisTests
{
    [Fact]
    public void Kernel_apis_are_allowed()
    {
        var found = Check("""
            using System.Numerics;
            using System.Runtime.Intrinsics;
            using System.Threading.Tasks;
            public static class K
            {
                private const int Width = 8;
                private static ReadOnlySpan<float> Table => [1f, 2f, 3f];
                private static readonly Vector256<float> Ones = Vector256.Create(1f);

                public static void Run(float[] x, float[] y)
                {
                    Span<float> scratch = stackalloc float[Width];
                    Parallel.For(0, 4, i => y[i] = MathF.Sqrt(x[i]) + Table[0] + Ones[0]);
                    var list = new List<int> { 1, 2 }.Select(v => v * 2).ToArray();
                    var v = Vector.Sum(new Vector<float>(x));
                    Console.WriteLine(v + list[0] + scratch[0]);
                    throw new ArgumentException("bad");
                }
            }
            """);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"x\");", "file access")]
    [InlineData("new System.Net.Sockets.TcpClient();", "network access")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\");", "starting processes")]
    [InlineData("var t = y.GetType();", "reflection")]
    [InlineData("var t = typeof(K);", "typeof is not allowed")]
    [InlineData("System.Environment.Exit(0);", "the process environment")]
    [InlineData("System.GC.Collect();", "GC control")]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "threads")]
    [InlineData("var s = System.Diagnostics.Stopwatch.StartNew();", "diagnostics and timing")]
    [InlineData("System.Runtime.CompilerServices.Unsafe.Add(ref y[0], 1) = 0;", "unsafe memory access")]
    [InlineData("Console.ReadLine();", "console input")]
    public void Forbidden_apis_are_refused_at_the_students_line(string statement, string reason)
    {
        var found = Check($$"""
            public static class K
            {
                public static void Run(float[] y)
                {
                    {{statement}}
                }
            }
            """);

        var d = Assert.Single(found, d => d.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Equal("k.cs", d.File);
        Assert.Equal(5, d.Line);
    }

    [Theory]
    [InlineData("private static float[] last;", "static mutable field 'last'")]
    [InlineData("private static readonly float[] Cache = new float[4];", "static readonly field of a mutable type 'Cache'")]
    [InlineData("public static int Calls { get; set; }", "static mutable field 'Calls'")]
    public void State_kept_between_calls_is_refused(string member, string message)
    {
        var found = Check($$"""
            public static class K
            {
                {{member}}

                public static void Run(float[] y) { }
            }
            """);

        var d = Assert.Single(found);
        Assert.Equal(CheckApis.StaticState, d.Code);
        Assert.Contains(message, d.Message);
        Assert.Equal(3, d.Line);
    }

    private static IReadOnlyList<Core.Diagnostics.Diagnostic> Check(string source)
    {
        var compiled = CompileSources.Compile("T", [new SourceFile("k.cs", source)], allowUnsafe: false);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        return CheckApis.Check(compiled.Compilation, allowUnsafe: false);
    }
}
