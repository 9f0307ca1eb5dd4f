using System.CommandLine;

namespace Book.Cli.Commands.Grading;

/// <summary><c>book test EXERCISE_DIR SUBMISSION</c>: the public test groups only, no benchmark (what a student runs locally).</summary>
public static class TestCommand
{
    public static Command Create() =>
        GradeCommand.Build("test", "Run an exercise's public tests on a submission (no hidden tests, no benchmark).", publicOnly: true);
}
