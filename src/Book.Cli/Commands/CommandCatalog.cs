using System.CommandLine;

namespace Book.Cli.Commands;

/// <summary>
/// Every subcommand of <c>book</c>. One line per command; each command lives in its own file
/// (or folder) under Commands/ and exposes a static <c>Create()</c>.
/// </summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return Build.BuildCommand.Create();
        yield return New.NewCommand.Create();
        yield return Serve.ServeCommand.Create();
        yield return Check.CheckCommand.Create();
        yield return Grading.GradeCommand.Create();
        yield return Grading.TestCommand.Create();
        yield return Grading.ExerciseCommand.Create();
        yield return Conformance.ConformanceCommand.Create();
        yield return Search.LunrCommand.Create();
        yield return Search.SearchCommand.Create();
    }
}
