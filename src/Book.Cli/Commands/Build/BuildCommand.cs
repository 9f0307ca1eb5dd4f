using System.CommandLine;
using System.Diagnostics;
using Book.Site.Pipeline;

namespace Book.Cli.Commands.Build;

/// <summary><c>book build [--config site.yml] [--output DIR] [--warnaserror]</c>.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "Path of the book's site.yml.", DefaultValueFactory = _ => "site.yml" };
        var output = new Option<string?>("--output") { Description = "Output folder (default: _site beside site.yml)." };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors (for CI): exit 1 and keep the old site." };
        var command = new Command("build", "Build the book's static site from site.yml and the Markdown chapters.");
        command.Options.Add(config);
        command.Options.Add(output);
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took." };
        command.Options.Add(warnAsError);
        command.Options.Add(timings);
        command.SetAction(parse => Run(parse.GetValue(config)!, parse.GetValue(output), parse.GetValue(warnAsError), parse.GetValue(timings)));
        return command;
    }

    public static int Run(string configPath, string? outputDirectory, bool warningsAsErrors, bool printTimings = false)
    {
        if (!File.Exists(configPath))
        {
            Console.Error.WriteLine($"error BK001: configuration file not found: {Path.GetFullPath(configPath)}; run from the book's repository or pass --config PATH");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var progress = new ProgressLine(Console.Error);
        var timings = new StageTimings();
        try
        {
            var result = BuildSite.Run(new BuildOptions
            {
                ConfigPath = configPath,
                OutputDirectory = outputDirectory,
                WarningsAsErrors = warningsAsErrors,
                Progress = stage =>
                {
                    timings.Record(stage);
                    progress.Show(stage);
                },
            });
            progress.Clear();
            if (printTimings)
            {
                timings.Print(Console.Error);
            }

            return DiagnosticPrinter.PrintSummary(result, warningsAsErrors, clock.Elapsed);
        }
        catch (Exception e)
        {
            progress.Clear();
            Console.Error.WriteLine($"internal error: {e}");
            Console.Error.WriteLine("This is a bug of the book tool, not of your book: please report it with the text above.");
            return ExitCodes.InternalError;
        }
    }
}
