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

        return root.Parse(args).Invoke();
    }
}
