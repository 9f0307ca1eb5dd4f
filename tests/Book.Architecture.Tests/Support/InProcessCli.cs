namespace Book.Architecture.Tests.Support;

/// <summary>Runs <c>book</c> in this process (its Main), capturing what it prints; tests using it share the "console" collection.</summary>
public static class InProcessCli
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var exit = Book.Cli.Program.Main(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
