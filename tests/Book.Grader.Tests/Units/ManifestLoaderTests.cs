using Book.Core.Diagnostics;
using Book.Core.Exercises;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Units;

public sealed class ManifestLoaderTests
{
    [Fact]
    public void Reads_the_fixture_manifest()
    {
        var bag = new DiagnosticBag();
        var manifest = ExerciseManifestLoader.Load(Path.Combine(RepoPaths.VectorAdd, "exercise.yml"), bag);

        Assert.Empty(bag.Items);
        Assert.NotNull(manifest);
        Assert.Equal("vector-add", manifest.Id);
        Assert.Equal("Kernels.VectorAdd", manifest.Entry.Type);
        Assert.Equal(["Add", "AddSaturate"], manifest.Entry.Methods.Select(m => m.Name));
        Assert.Equal(["y"], manifest.Entry.Methods[0].Outputs);
        Assert.Equal(new ExerciseLimits(2000, 128), manifest.Limits);
        Assert.Equal(TestVisibility.Hidden, manifest.Tests[1].Visibility);
        Assert.Equal(new TimeBudget(0.5, 3), manifest.Benchmark!.BudgetSeconds);
        Assert.Equal(100, manifest.TestPoints + manifest.TierPoints);
    }

    [Theory]
    [InlineData("id: demo", "id: Not_Kebab", 1, "kebab-case")]
    [InlineData("points: 100", "points: 99", 4, "points is 99 but the test groups give 90")]
    [InlineData("outputs: [y]", "outputs: [z]", 11, "output 'z' is not a parameter of Add")]
    [InlineData("visibility: public", "visibility: secret", 13, "visibility must be public or hidden")]
    [InlineData("tests:", "limit: { time_ms: 5 }\ntests:", 12, "unknown key 'limit'")]
    [InlineData("- { speedup: 2, points: 10 }", "- { speedup: 2, points: 10 }\n    - { speedup: 1, points: 0 }", 20, "increasing order of speedup")]
    public void Reports_problems_at_their_line(string find, string replace, int line, string message)
    {
        var bag = new DiagnosticBag();
        ExerciseManifestLoader.Parse(Valid().Replace(find, replace, StringComparison.Ordinal), "ex/exercise.yml", bag);

        var found = bag.Items.FirstOrDefault(d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(found is not null, $"no diagnostic containing '{message}' in:\n{string.Join("\n", bag.Items)}");
        Assert.Equal("ex/exercise.yml", found.File);
        Assert.Equal(line, found.Line);
    }

    [Fact]
    public void Invalid_yaml_is_a_diagnostic_not_an_exception()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ExerciseManifestLoader.Parse("id: [unclosed\ntitle: x", "e.yml", bag));
        Assert.Contains(bag.Items, d => d.Code == "EX000" && d.Line > 0 && d.File == "e.yml");
    }

    private static string Valid() => """
        id: demo
        title: Demo
        chapter: numbers
        points: 100
        entry:
          type: Kernels.Demo
          methods:
            - name: Add
              signature: "public static void Add(float[] a, float[] b, float[] y)"
              tolerance: { abs: 0 }
              outputs: [y]
        tests:
          - { group: examples, points: 90, visibility: public }
        benchmark:
          method: Add
          sizes: [large]
          budget_seconds: { min: 1, max: 2 }
          tiers:
            - { speedup: 2, points: 10 }
        """;
}
