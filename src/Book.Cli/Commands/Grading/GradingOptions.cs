using System.CommandLine;
using System.Globalization;
using Book.Grader.Results;
using System.Security.Cryptography;
using Book.Grader.Reporting;
using Book.Grader.Sandbox;

namespace Book.Cli.Commands.Grading;

/// <summary>Options shared by <c>book grade</c> and <c>book test</c>, and the sandbox choice.</summary>
internal sealed class GradingOptions
{
    public Option<string> Format { get; } = new("--format") { Description = "console (default), json, gradescope or exercism", DefaultValueFactory = _ => "console" };

    public Option<string?> Output { get; } = new("--output") { Description = "write the result to this file instead of stdout" };

    public Option<int?> Seed { get; } = new("--seed") { Description = "seed of the randomized inputs (default: chosen per run, printed in the result)" };

    public Option<bool> NoSandbox { get; } = new("--no-sandbox") { Description = "run the submission without bubblewrap (local practice only; the submission can then read your files)" };

    public Option<bool> Timings { get; } = new("--timings") { Description = "print the wall time of each grading phase on stderr (where a grade's time goes)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Timings);
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Seed);
        command.Options.Add(NoSandbox);
    }

    public static void PrintTimings(string submission, IReadOnlyList<PhaseTime> phases)
    {
        var parts = phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Milliseconds:0} ms"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timings {submission}: {string.Join(", ", parts)}; total {phases.Sum(p => p.Milliseconds):0} ms"));
    }

    public static ReportFormat? ParseFormat(string text) => text switch
    {
        "console" => ReportFormat.Console,
        "json" => ReportFormat.Json,
        "gradescope" => ReportFormat.Gradescope,
        "exercism" => ReportFormat.Exercism,
        _ => null,
    };

    public int ChooseSeed(ParseResult parse) => parse.GetValue(Seed) ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);

    /// <summary>The sandbox, or null after telling the user why grading is refused.</summary>
    public ISandbox? ChooseSandbox(ParseResult parse)
    {
        if (parse.GetValue(NoSandbox))
        {
            Console.Error.WriteLine("warning: --no-sandbox: the submission runs unsandboxed (separate process and API check only). Use this for local practice, never for grading others' code.");
            return new NoSandbox();
        }

        var bubblewrap = new BubblewrapSandbox();
        if (bubblewrap.Unavailable is { } why)
        {
            Console.Error.WriteLine($"error: refusing to grade without a sandbox: {why}. Install bubblewrap, or pass --no-sandbox to run unsandboxed for local practice.");
            return null;
        }

        bubblewrap.Prepare();
        return bubblewrap;
    }
}
