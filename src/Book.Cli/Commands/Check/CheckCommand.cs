using System.CommandLine;
using Book.Core.Diagnostics;
using Book.Site.Checking;
using Book.Site.Pipeline;

namespace Book.Cli.Commands.Check;

/// <summary><c>book check [--config site.yml] [--format text|github] [--online] [--warnaserror]</c>.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "Path of the book's site.yml.", DefaultValueFactory = _ => "site.yml" };
        var format = new Option<string>("--format") { Description = "text (compiler-style) or github (GitHub Actions annotations).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var online = new Option<bool>("--online") { Description = "Also request every external link and report those that fail." };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors." };
        var command = new Command("check", "Check the book as a reviewer would: everything the build validates, plus links and anchors, alt text, unused bibliography entries, orphan files and exercise manifests.");
        command.Options.Add(config);
        command.Options.Add(format);
        command.Options.Add(online);
        command.Options.Add(warnAsError);
        command.SetAction((parse, _) => RunAsync(parse.GetValue(config)!, parse.GetValue(format)!, parse.GetValue(online), parse.GetValue(warnAsError)));
        return command;
    }

    private static async Task<int> RunAsync(string configPath, string format, bool online, bool warningsAsErrors)
    {
        if (!File.Exists(configPath))
        {
            Console.Error.WriteLine($"error BK001: configuration file not found: {Path.GetFullPath(configPath)}; run from the book's repository or pass --config PATH");
            return ExitCodes.Usage;
        }

        BuildResult result;
        try
        {
            result = await CheckBook.RunAsync(new BuildOptions { ConfigPath = configPath }, new CheckOptions { Online = online });
            ExerciseChecks.Run(Path.GetDirectoryName(Path.GetFullPath(configPath))!, result.Diagnostics);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e}");
            Console.Error.WriteLine("This is a bug of the book tool, not of your book: please report it with the text above.");
            return ExitCodes.InternalError;
        }

        var items = result.Diagnostics.Items
            .Select(d => warningsAsErrors && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
            .ToList();
        foreach (var diagnostic in items)
        {
            Console.WriteLine(format == "github" ? GitHubAnnotations.Format(diagnostic) : diagnostic.ToString());
        }

        var errors = items.Count(d => d.Severity == Severity.Error);
        var warnings = items.Count(d => d.Severity == Severity.Warning);
        Console.Error.WriteLine($"book check: {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
