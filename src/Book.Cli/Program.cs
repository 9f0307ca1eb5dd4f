using System.CommandLine;
using Book.Cli.Commands;

namespace Book.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("book: builds the ML systems textbook site, grades kernel exercises.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Bad usage is exit code 2 (System.CommandLine's own default is 1, which means "errors in the book").
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'book --help' (or 'book COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke();
    }
}
