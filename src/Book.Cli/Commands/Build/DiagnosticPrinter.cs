using System.Globalization;
using Book.Core.Diagnostics;
using Book.Site.Pipeline;

namespace Book.Cli.Commands.Build;

/// <summary>Prints diagnostics compiler-style (errors and warnings to stderr) and the summary line; returns the exit code.</summary>
public static class DiagnosticPrinter
{
    public static int PrintSummary(BuildResult result, bool warningsAsErrors, TimeSpan elapsed)
    {
        foreach (var diagnostic in result.Diagnostics.Items)
        {
            var shown = warningsAsErrors && diagnostic.Severity == Severity.Warning ? diagnostic with { Severity = Severity.Error } : diagnostic;
            Console.Error.WriteLine(shown.ToString());
        }

        var errors = result.Diagnostics.ErrorCount + (warningsAsErrors ? result.Diagnostics.WarningCount : 0);
        var warnings = warningsAsErrors ? 0 : result.Diagnostics.WarningCount;
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var pages = result.Output.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
        var counts = result.Book is { } book
            ? $"{book.Chapters.Count} chapters, {book.Labels.Count} labels, {book.Counts.CrossReferences} cross-references, {book.Counts.Citations} citations, "
            : "";
        if (result.Written)
        {
            Console.WriteLine($"Build succeeded: {counts}{pages} pages written to {result.OutputDirectory} in {seconds} s; {errors} error(s), {warnings} warning(s).");
            return ExitCodes.Ok;
        }

        Console.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s) in {seconds} s; the site in {result.OutputDirectory} was left as it was.");
        return ExitCodes.InputErrors;
    }
}
