using System.CommandLine;
using Book.Core.Diagnostics;
using Book.Site.Authoring;

namespace Book.Cli.Commands.New;

/// <summary><c>book new chapter "Title" [--part P] [--config site.yml]</c>.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Create new book content.");
        var chapter = new Command("chapter", "Create a chapter file with front matter and list it in site.yml (comments and order kept).");
        var title = new Argument<string>("title") { Description = "The chapter title, e.g. \"Model compression\"." };
        var part = new Option<string?>("--part") { Description = "The part to add it to: its title or 1-based number (default: the last part)." };
        var config = new Option<string>("--config") { Description = "Path of site.yml.", DefaultValueFactory = _ => "site.yml" };
        chapter.Arguments.Add(title);
        chapter.Options.Add(part);
        chapter.Options.Add(config);
        chapter.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var created = AddChapter.Run(result.GetValue(config)!, result.GetValue(title)!, result.GetValue(part), diagnostics);
            foreach (var d in diagnostics.Items)
            {
                Console.Error.WriteLine(d);
            }

            if (created is null)
            {
                return ExitCodes.InputErrors;
            }

            Console.WriteLine($"created {Path.GetRelativePath(Environment.CurrentDirectory, created.ChapterPath)} and listed '{created.Entry}' in part '{created.PartTitle}'");
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(chapter);
        return command;
    }
}
