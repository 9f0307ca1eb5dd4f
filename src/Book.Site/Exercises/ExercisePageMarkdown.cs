using System.Globalization;
using System.Text;
using Book.Core.Exercises;

namespace Book.Site.Exercises;

/// <summary>
/// The generated part of an exercise page, as Markdown for the book's pipeline (so code is
/// highlighted and tables look like the book's): entry point, limits, scoring, download, and how to
/// test and submit. Links are relative to the page (<c>exercises/&lt;id&gt;.html</c>).
/// </summary>
public static class ExercisePageMarkdown
{
    public static string Sections(SiteExercise exercise, string? chapterTitle, string? chapterUrl)
    {
        var m = exercise.Manifest;
        var md = new StringBuilder();
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        md.Append("\n\n## Entry point {#exercise-entry}\n\n");
        if (chapterTitle is not null && chapterUrl is not null)
        {
            md.Append(F($"This exercise belongs to [{chapterTitle}](../{chapterUrl}). "));
        }

        md.Append(F($"Implement the `public static class {m.Entry.Type}` with ")).Append(m.Entry.Methods.Count == 1 ? "this method" : "these methods").Append(':');
        md.Append("\n\n```csharp\n");
        var dot = m.Entry.Type.LastIndexOf('.');
        if (dot > 0)
        {
            md.Append("namespace ").Append(m.Entry.Type[..dot]).Append(";\n\n");
        }

        md.Append("public static class ").Append(m.Entry.Type[(dot + 1)..]).Append("\n{\n");
        for (var i = 0; i < m.Entry.Methods.Count; i++)
        {
            md.Append(i > 0 ? "\n" : "").Append("    ").Append(m.Entry.Methods[i].Signature).Append(";\n");
        }

        md.Append("}\n```\n\n");
        foreach (var method in m.Entry.Methods)
        {
            md.Append(F($"- `{method.Name}` fills {string.Join(", ", method.Outputs.Select(o => $"`{o}`"))}; "))
              .Append(Tolerance(method.Tolerance)).Append('\n');
        }

        md.Append(m.AllowUnsafe ? "\nUnsafe code (pointers) is allowed in this exercise.\n" : "\nUnsafe code is not allowed in this exercise.\n");

        md.Append("\n## Limits {#exercise-limits}\n\n");
        md.Append(F($"- Time: {m.Limits.TimeMs} ms per test case (wall clock); a case that runs longer fails.\n"));
        md.Append(F($"- Memory: {m.Limits.MemoryMb} MB for the process running your code.\n"));

        md.Append("\n## Scoring {#exercise-scoring}\n\n");
        md.Append("Each test group counts all or nothing: every case of the group must pass.\n\n");
        md.Append("| Test group | Points | Visibility |\n| --- | ---: | --- |\n");
        foreach (var group in m.Tests)
        {
            var visibility = group.Visibility == TestVisibility.Public ? "public (in the download)" : "hidden (run by the grader only)";
            md.Append(F($"| {group.Group} | {group.Points} | {visibility} |\n"));
        }

        if (m.Benchmark is { Tiers.Count: > 0 } benchmark)
        {
            md.Append(F($"\nSpeed is measured on `{benchmark.Method}` against the public baseline in `baseline/` (input sizes: {string.Join(", ", benchmark.Sizes)}). "))
              .Append("A tier's points are earned when your kernel is correct and at least that many times faster than the baseline; tiers add up.\n\n");
            md.Append("| Speed-up over the baseline | Points |\n| ---: | ---: |\n");
            foreach (var tier in benchmark.Tiers)
            {
                md.Append(F($"| ≥ {tier.Speedup:0.##}× | {tier.Points} |\n"));
            }
        }

        md.Append(F($"\n**Total: {m.Points} points** ({m.TestPoints} for correctness, {m.TierPoints} for speed).\n"));

        md.Append("\n## Download the starter {#exercise-download}\n\n");
        md.Append(F($"[Download the starter ({exercise.Id}.zip)]({exercise.Id}.zip): the statement, `starter/` (compiles, fails the tests), "))
          .Append("`baseline/` (the naive implementation the benchmark compares against), `tests/public/` (the public tests) and ")
          .Append(F($"`{StarterProjectFile.FileName(exercise)}`, a test project compiling the starter with the public tests.\n"));

        md.Append("\n## How to test and submit {#exercise-submit}\n\n");
        md.Append("You need the [.NET 10 SDK](https://dotnet.microsoft.com/download). Unzip the download, write your kernel in `starter/`, and run the public tests:\n\n");
        md.Append(F($"```sh\ncd {exercise.Id}\ndotnet test\n```\n\n"));
        md.Append("On the starter they fail; they pass when your kernel is right on the public examples. ")
          .Append("The book's `book` tool runs the same public tests the way the grader does (compiled in memory, API check, in a sandbox):\n\n");
        var starter = exercise.Manifest.Entry.Type[(dot + 1)..] + ".cs";
        md.Append(F($"```sh\nbook test exercises/{exercise.Folder} starter/{starter}\n```\n\n"));
        md.Append("Instructors grade a submission with the hidden tests and the benchmark (console, Gradescope or Exercism output):\n\n");
        md.Append(F($"```sh\nbook grade exercises/{exercise.Folder} submission.cs --format gradescope --output results.json\n```\n\n"));
        md.Append("What the grader measures: it compiles your file alone, checks that it only uses APIs suited to kernels ")
          .Append("(math, spans, `System.Numerics`, `System.Runtime.Intrinsics`, `Parallel.For`, collections; no files, network, processes or reflection), ")
          .Append("runs every test group in a sandbox with the limits above and compares your outputs with a trusted reference computed outside the sandbox, ")
          .Append("then times your kernel against the baseline in interleaved pairs after warm-up and scores the median speed-up, re-checking the outputs of timed calls.\n");
        return md.ToString();
    }

    private static string Tolerance(Tolerance t)
    {
        if (t.Abs == 0 && t.Rel == 0 && t.Ulps == 0)
        {
            return "outputs must match exactly.";
        }

        var parts = new List<string>();
        if (t.Abs > 0 || t.Rel > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"|got − expected| ≤ {t.Abs:G4} + {t.Rel:G4}·|expected|"));
        }

        if (t.Ulps > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"within {t.Ulps} ULPs"));
        }

        return "floats are accepted when " + string.Join(" or ", parts) + ".";
    }
}
