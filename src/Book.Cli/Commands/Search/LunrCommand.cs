using System.CommandLine;
using Book.Core.Diagnostics;
using Book.Search.Cases;

namespace Book.Cli.Commands.Search;

/// <summary>
/// <c>book lunr CASE.json [--out INDEX.json] [--results RESULTS.json]</c>: builds a lunr 2.3.9 index from a
/// conformance case and writes it (to stdout without --out) and, with --results, the case's query results
/// in the goldens' format. How anyone checks compatibility with lunr.js on any corpus.
/// </summary>
public static class LunrCommand
{
    public static Command Create()
    {
        var caseArgument = new Argument<FileInfo>("case")
        {
            Description = "A case file: {\"fields\": [{\"name\", \"boost\"}], \"documents\": [{\"ref\", <field>: text, \"boost\"}], \"queries\": [...]} (optional \"stemming\": false, \"metadataWhitelist\": [\"position\"])",
        };
        var outOption = new Option<FileInfo?>("--out") { Description = "Write the index JSON here (default: stdout)." };
        var resultsOption = new Option<FileInfo?>("--results") { Description = "Run the case's queries and write their results here." };
        var command = new Command("lunr", "Build a lunr.js 2.3.9-compatible index (and query results) from a case file.");
        command.Arguments.Add(caseArgument);
        command.Options.Add(outOption);
        command.Options.Add(resultsOption);
        command.SetAction(parseResult => Run(parseResult.GetValue(caseArgument)!, parseResult.GetValue(outOption), parseResult.GetValue(resultsOption)));
        return command;
    }

    private static int Run(FileInfo caseFile, FileInfo? outFile, FileInfo? resultsFile)
    {
        if (!caseFile.Exists)
        {
            Console.Error.WriteLine($"{caseFile}: error BK610: case file not found");
            return ExitCodes.Usage;
        }

        var (lunrCase, errors) = LunrCaseReader.Parse(File.ReadAllText(caseFile.FullName));
        if (lunrCase is null)
        {
            foreach (var error in errors)
            {
                var message = error.Path == "$" ? error.Message : $"{error.Path}: {error.Message}";
                Console.Error.WriteLine(Diagnostic.Error("BK611", caseFile.ToString(), error.Line, error.Column, message));
            }

            return ExitCodes.InputErrors;
        }

        var index = lunrCase.BuildIndex();
        var json = index.ToJson();
        try
        {
            if (outFile is null)
            {
                Console.Out.Write(json);
                Console.Out.Flush();
            }
            else
            {
                File.WriteAllText(outFile.FullName, json);
            }

            if (resultsFile is not null)
            {
                File.WriteAllText(resultsFile.FullName, CaseResults.ToJson(CaseResults.Run(index, lunrCase.Queries)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{outFile?.ToString() ?? resultsFile?.ToString()}: error BK612: cannot write: {e.Message}");
            return ExitCodes.InputErrors;
        }

        return ExitCodes.Ok;
    }
}
