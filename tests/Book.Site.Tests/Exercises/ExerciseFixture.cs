namespace Book.Site.Tests.Exercises;

/// <summary>
/// A small book with one exercise, written to a temporary folder (its .cs files cannot live in this
/// test project's tree: the project would compile them). Deleted on dispose.
/// </summary>
public sealed class ExerciseFixture : IDisposable
{
    public const string HiddenSecret = "var secretHiddenCase = new float[] { 1234.5f, -6789.25f, 42.125f };";
    public const string ReferenceSecret = "y[i] = MathF.FusedMultiplyAdd(x[i], factor, 0f); // reference trick 7f3a";

    public ExerciseFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "book-exercise-fixture-" + Guid.NewGuid().ToString("N")[..8]);
        Write("site.yml", """
            title: "Fixture Book"
            book: book
            parts:
              - title: "Kernels"
                chapters:
                  - scaling.md
            """);
        Write("book/scaling.md", """
            ---
            title: Scaling
            ---

            # Scaling {#sec-scaling}

            Multiply every element by a factor.

            {{< exercise 01-vector-scale >}}

            ## More {#sec-more}

            The same card by id: {{< exercise vector-scale >}}
            """);
        Write("exercises/01-vector-scale/exercise.yml", """
            id: vector-scale
            title: "VectorScale: multiply by a factor"
            chapter: scaling
            points: 100
            operator: Mul
            entry:
              type: Kernels.VectorScale
              methods:
                - name: Scale
                  signature: "public static void Scale(float[] x, float factor, float[] y)"
                  outputs: [y]
                  tolerance: { abs: 0.000001, rel: 0.00001, ulps: 0 }
            allow_unsafe: false
            limits:
              time_ms: 1500
              memory_mb: 256
            tests:
              - { group: examples, points: 30, visibility: public }
              - { group: random, points: 40, visibility: hidden }
            benchmark:
              method: Scale
              sizes: [large]
              tiers:
                - { speedup: 2, points: 15 }
                - { speedup: 4.5, points: 15 }
            """);
        Write("exercises/01-vector-scale/README.md", """
            ---
            title: "VectorScale"
            ---

            # VectorScale: multiply by a factor

            Scale a vector $x$ by a factor: the *simplest* kernel there is, and a `Vector256` warm-up.

            ## What to compute

            $y_i = f \cdot x_i$ for every element; see [the chapter](../../book/scaling.md#sec-more).
            """);
        Write("exercises/01-vector-scale/starter/VectorScale.cs", """
            namespace Kernels;

            public static class VectorScale
            {
                public static void Scale(float[] x, float factor, float[] y)
                {
                    // Your kernel here.
                }
            }
            """);
        Write("exercises/01-vector-scale/baseline/VectorScale.cs", """
            namespace Kernels;

            public static class VectorScale
            {
                public static void Scale(float[] x, float factor, float[] y)
                {
                    for (var i = 0; i < x.Length; i++) { y[i] = x[i] * factor; }
                }
            }
            """);
        Write("exercises/01-vector-scale/reference/VectorScale.cs", $$"""
            namespace Kernels;

            public static class VectorScale
            {
                public static void Scale(float[] x, float factor, float[] y)
                {
                    for (var i = 0; i < x.Length; i++)
                    {
                        {{ReferenceSecret}}
                    }
                }
            }
            """);
        Write("exercises/01-vector-scale/tests/public/VectorScaleTests.cs", """
            namespace Kernels.Tests;

            public class VectorScaleTests
            {
                [Fact]
                public void DoublesEveryElement()
                {
                    var y = new float[3];
                    VectorScale.Scale([1f, 2f, 3f], 2f, y);
                    Assert.Equal(new[] { 2f, 4f, 6f }, y);
                }
            }
            """);
        Write("exercises/01-vector-scale/tests/hidden/VectorScaleHarness.cs", $$"""
            namespace Kernels.Hidden;

            public sealed class VectorScaleHarness
            {
                public object[] Case()
                {
                    {{HiddenSecret}}
                    return [secretHiddenCase];
                }
            }
            """);
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "site.yml");

    public string ExercisesFolder => Path.Combine(Root, "exercises");

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
