using Book.Core.Diagnostics;
using Book.Grader.Exercises;
using Book.Grader.Sandbox;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Units;

public sealed class ExerciseCheckTests
{
    [Fact]
    public void The_fixture_exercise_validates()
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(CheckExercise.Check(RepoPaths.VectorAdd, bag));
        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_broken_exercise_reports_file_and_line_with_relative_paths()
    {
        var dir = Directory.CreateTempSubdirectory("book-exercise-test-").FullName;
        try
        {
            var copy = Path.Combine(dir, "broken");
            CopyDirectory(RepoPaths.VectorAdd, copy);
            var yml = Path.Combine(copy, "exercise.yml");
            File.WriteAllText(yml, File.ReadAllText(yml).Replace("points: 100", "points: 101", StringComparison.Ordinal));
            File.Delete(Path.Combine(copy, "README.md"));

            var bag = new DiagnosticBag();
            Assert.Null(CheckExercise.Check(copy, bag));

            Assert.Contains(bag.Items, d => d.File == "broken/exercise.yml" && d.Line == 5 && d.Message.Contains("points is 101", StringComparison.Ordinal));
            Assert.Contains(bag.Items, d => d.File == "broken/README.md");
            Assert.DoesNotContain(bag.Items, d => d.File.Contains(dir, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_runner_is_found_next_to_the_grader()
    {
        Assert.True(File.Exists(RunnerFiles.LocateRunner()));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
