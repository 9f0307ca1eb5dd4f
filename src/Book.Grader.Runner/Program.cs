using Book.Grader.Runner.Execution;

namespace Book.Grader.Runner;

/// <summary>
/// Runs inside the sandbox. The protocol uses the process's real stdin and stdout, which are taken
/// here before any submission code is loaded; Console.Out and Console.Error are then replaced by a
/// capped buffer, so what the submission prints is kept (truncated) and returned as data, never
/// mixed into the protocol stream. The exit code means nothing to the grader.
/// </summary>
public static class Program
{
    private const int StackBytes = 1 << 20;

    public static int Main()
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        var console = new CappedWriter();
        Console.SetOut(console);
        Console.SetError(console);
        Console.SetIn(TextReader.Null);
        // The session (and so every submission call) runs on a thread with a 1 MB stack: runaway
        // recursion then overflows after tens of thousands of frames instead of hundreds of
        // thousands, and the runtime's stack-overflow report (it walks the whole stack) ends quickly.
        var exitCode = 0;
        var worker = new Thread(() => exitCode = new RunnerSession(input, output, console).Run(), StackBytes);
        worker.Start();
        worker.Join();
        return exitCode;
    }
}
