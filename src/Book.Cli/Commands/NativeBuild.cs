namespace Book.Cli.Commands;

/// <summary>
/// The tool compiled to native code (<c>dotnet publish -p:PublishAot=true</c>, see the README) builds the
/// corpus with about 45% less CPU than the ReadyToRun build (the build benchmark), but has no JIT: it
/// cannot run C# compiled at run time. Building, serving, checking and searching the book work; compiling and running exercise
/// code (grade, test, exercise check, conformance, the exercise part of check) needs the managed build.
/// Those commands test <c>RuntimeFeature.IsDynamicCodeSupported</c> themselves, first thing: the native
/// compiler takes it as the constant false, drops the code behind it, and with it the grader and Roslyn
/// (a smaller image that starts faster).
/// </summary>
public static class NativeBuild
{
    /// <summary>The error a command that compiles C# gives in the native build; exit code 2 (usage).</summary>
    public static int Refuse(string command)
    {
        Console.Error.WriteLine(
            $"error: 'book {command}' compiles and runs C# code, which needs the .NET JIT, and this is the native (ahead-of-time) build of book; " +
            "run it with the managed build: 'dotnet run --project src/Book.Cli -- " + command + " ...' or the ReadyToRun install in the README");
        return ExitCodes.Usage;
    }
}
